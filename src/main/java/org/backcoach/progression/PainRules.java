package org.backcoach.progression;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.BodySegment;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.VariantKind;

/**
 * How a session answers pain. Pain that climbs to {@value #STOP_AT} or by {@value #STOP_RISE} points over
 * the session's start ends the session (R-PAIN-STOP); any other rise during an exercise stops that
 * exercise (R-SAFE-4) and swaps in its half-kneeling version for the upper body or its one-leg version for
 * the lower body, or skips it when nothing fits (R-SUBSTITUTE). Across sessions, pain that rises three
 * sessions in a row sends the person to a clinician (R-PAIN-TREND). Pure: same answers, same advice.
 */
public final class PainRules {

    /** Pain at or above this ends the session. */
    public static final int STOP_AT = 7;
    /** A rise of this many points over the pain the session started with ends the session. */
    public static final int STOP_RISE = 3;
    /** Sessions in a row whose pain keeps rising before the person is sent to a clinician. */
    public static final int TREND_SESSIONS = 3;

    private final Function<String, Optional<Exercise>> catalog;

    /** @param catalog finds an exercise by id */
    public PainRules(Function<String, Optional<Exercise>> catalog) {
        this.catalog = catalog;
    }

    /** One logged set's pain, next to the pain the session started with and the pain just before the set. */
    public record PainCheck(Exercise exercise, Set<Equipment> owned, int startingPain, int painBefore, int painNow) {

        public PainCheck {
            owned = Set.copyOf(owned);
        }
    }

    /** The advice after a set, or empty when the set did not hurt more than before. */
    public Optional<PainAdvice> afterSet(PainCheck check) {
        if (check.painNow() >= STOP_AT || check.painNow() >= check.startingPain() + STOP_RISE) {
            return Optional.of(new PainAdvice(
                    PainAdvice.Action.END_SESSION,
                    null,
                    Rule.PAIN_STOP,
                    "Your pain is at " + check.painNow() + " (you started at " + check.startingPain()
                            + "), so today's session ends here. Rest in a position that eases it. If it doesn't"
                            + " settle, or you're worried, please see a clinician before your next session."));
        }
        if (check.painNow() <= check.painBefore()) {
            return Optional.empty();
        }
        return substituteFor(check.exercise(), check.owned())
                .map(substitute -> new PainAdvice(
                        PainAdvice.Action.SUBSTITUTE,
                        substitute.id(),
                        Rule.SUBSTITUTE,
                        "That hurt, so stop " + check.exercise().name() + ". Try " + substitute.name()
                                + " instead, and stop again if it hurts too."))
                .or(() -> Optional.of(new PainAdvice(
                        PainAdvice.Action.SKIP,
                        null,
                        Rule.SAFE_4,
                        "That hurt, so leave " + check.exercise().name()
                                + " out today. No swap fits it, and that's fine: move on to the next one.")));
    }

    /**
     * The version to try when an exercise hurts: half-kneeling for the upper body, one-leg for the lower
     * body, in the home version when the person lacks the kit; empty when none fits or the person can't do it.
     */
    public Optional<Exercise> substituteFor(Exercise painful, Set<Equipment> owned) {
        VariantKind kind;
        if (painful.segment() == BodySegment.UPPER) {
            kind = VariantKind.HALF_KNEELING;
        } else if (painful.segment() == BodySegment.LOWER) {
            kind = VariantKind.ONE_LEG;
        } else {
            return Optional.empty();
        }
        return painful.variant(kind)
                .flatMap(catalog)
                .flatMap(variant -> variant.possibleWith(owned)
                        ? Optional.of(variant)
                        : variant.variant(VariantKind.HOME).flatMap(catalog).filter(home -> home.possibleWith(owned)))
                .filter(variant -> !variant.doubleLegRaise() && !variant.id().equals(painful.id()));
    }

    /**
     * R-PAIN-TREND: whether pain rose in each of the last {@value #TREND_SESSIONS} sessions, oldest first.
     * A session's pain is the highest it reached, its start included, so a flare-up counts.
     */
    public boolean risingAcrossSessions(List<Integer> sessionPainOldestFirst) {
        var count = sessionPainOldestFirst.size();
        if (count < TREND_SESSIONS) {
            return false;
        }
        var recent = sessionPainOldestFirst.subList(count - TREND_SESSIONS, count);
        for (int i = 1; i < recent.size(); i++) {
            if (recent.get(i) <= recent.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The notice Today shows when pain keeps rising. */
    public static String trendMessage() {
        return "Your pain has gone up over your last " + TREND_SESSIONS
                + " sessions. Please pause training and see a clinician before you carry on. This isn't a"
                + " diagnosis; it's the safe thing to do when pain keeps climbing.";
    }
}
