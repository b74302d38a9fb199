package org.backcoach.progression;

import java.util.List;
import java.util.function.Predicate;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.DoseUnit;

/**
 * Double progression within the prescribed range, with 2-3 reps in reserve as the guide (R-PROGRESSION,
 * R-EFFORT): every requirement met advances the target, by load where the kit has a load step, otherwise
 * by reps or seconds; effort too high holds it; pain regresses it (R-SAFE-4). Shaped like a rule of
 * value, step, operation and requirements; pure, so the same week always gives the same answer.
 */
public final class ProgressionPolicy {

    public static final int MIN_REPS_IN_RESERVE = 2;
    public static final int REP_STEP = 1;
    public static final int SECONDS_STEP = 5;
    /** Past these, more of the same adds little; the person is ready for a harder variant instead. */
    public static final int MAX_REPS = 25;

    public static final int MAX_SECONDS = 120;
    /** Source E: a new or returning exercise starts with a few repetitions. */
    public static final int MIN_REPS = 2;

    public static final int MIN_SECONDS = 10;

    /** What must hold, in order, before the target advances; the first one missed decides. */
    private enum Requirement {
        LOGGED(week -> !week.sets().isEmpty()),
        PAIN_FREE(week -> week.sets().stream().noneMatch(SetResult::painful)),
        ALL_SETS_DONE(week -> week.sets().size() >= week.prescribedSets()),
        IN_RESERVE(week -> week.sets().stream().allMatch(set -> set.repsInReserve() >= MIN_REPS_IN_RESERVE)),
        TOP_OF_RANGE(week ->
                week.sets().stream().allMatch(set -> set.done() >= week.target().high()));

        private final Predicate<WeekOfWork> met;

        Requirement(Predicate<WeekOfWork> met) {
            this.met = met;
        }
    }

    public NextTarget next(WeekOfWork week) {
        var target = week.target();
        for (var requirement : Requirement.values()) {
            if (!requirement.met.test(week)) {
                return missed(requirement, week);
            }
        }
        var summary = summary(week.sets(), target.unit());
        var step = Loads.step(week.equipment());
        if (target.loadKg() != null && step.isPresent()) {
            var next = target.withLoad(target.loadKg() + step.get()).withRange(target.low(), target.high());
            return new NextTarget(
                    next,
                    NextTarget.Change.ADD_LOAD,
                    Rule.PROGRESSION,
                    summary + ": +" + Loads.format(step.get()) + ", back to " + target.low() + " reps.");
        }
        if (target.unit() == DoseUnit.SECONDS) {
            if (target.high() >= MAX_SECONDS) {
                return hold(target, summary + ": you're at the top; ask for a harder variant when it feels easy.");
            }
            var next = target.withRange(
                    Math.min(target.low() + SECONDS_STEP, MAX_SECONDS),
                    Math.min(target.high() + SECONDS_STEP, MAX_SECONDS));
            return new NextTarget(
                    next, NextTarget.Change.ADD_SECONDS, Rule.PROGRESSION, summary + ": +" + SECONDS_STEP + " s.");
        }
        if (target.high() >= MAX_REPS) {
            return hold(target, summary + ": you're at the top; ask for a harder variant when it feels easy.");
        }
        var next = target.withRange(
                Math.min(target.low() + REP_STEP, MAX_REPS), Math.min(target.high() + REP_STEP, MAX_REPS));
        return new NextTarget(
                next, NextTarget.Change.ADD_REPS, Rule.PROGRESSION, summary + ": +" + REP_STEP + " rep a set.");
    }

    private NextTarget missed(Requirement requirement, WeekOfWork week) {
        var target = week.target();
        return switch (requirement) {
            case LOGGED -> hold(target, "Not logged last week: same target, no rush.");
            case PAIN_FREE -> regress(week);
            case ALL_SETS_DONE ->
                hold(
                        target,
                        week.sets().size() + " of " + week.prescribedSets()
                                + " sets done last week: same target until every set is in.");
            case IN_RESERVE ->
                new NextTarget(
                        target,
                        NextTarget.Change.HOLD,
                        Rule.EFFORT,
                        "A set ended with fewer than " + MIN_REPS_IN_RESERVE
                                + " reps in reserve: same target, and stop a little earlier.");
            case TOP_OF_RANGE ->
                hold(
                        target,
                        "Not every set reached " + target.high()
                                + " yet: same target, keep climbing within the range.");
        };
    }

    private NextTarget regress(WeekOfWork week) {
        var target = week.target();
        var step = Loads.step(week.equipment());
        Target easier;
        if (target.loadKg() != null && step.isPresent() && target.loadKg() > 0) {
            easier = target.withLoad(Math.max(0, target.loadKg() - step.get()));
        } else if (target.unit() == DoseUnit.SECONDS) {
            easier = target.withRange(
                    Math.max(MIN_SECONDS, target.low() - SECONDS_STEP),
                    Math.max(MIN_SECONDS, target.high() - SECONDS_STEP));
        } else {
            easier = target.withRange(Math.max(MIN_REPS, target.low() - 2), Math.max(MIN_REPS, target.high() - 2));
        }
        return new NextTarget(
                easier,
                NextTarget.Change.REGRESS,
                Rule.SAFE_4,
                "It hurt last week, so next week is easier: " + easier.label()
                        + ". If it still hurts, leave it out and tell your coach.");
    }

    private static NextTarget hold(Target target, String reason) {
        return new NextTarget(target, NextTarget.Change.HOLD, Rule.PROGRESSION, reason);
    }

    private static String summary(List<SetResult> sets, DoseUnit unit) {
        var least = sets.stream().mapToInt(SetResult::done).min().orElse(0);
        var reserve = sets.stream().mapToInt(SetResult::repsInReserve).min().orElse(0);
        var what = unit == DoseUnit.SECONDS ? least + " s" : least + " reps";
        return what + " at " + reserve + (reserve >= 5 ? "+" : "") + " in reserve on all sets last week";
    }
}
