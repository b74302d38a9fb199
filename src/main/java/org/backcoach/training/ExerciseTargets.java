package org.backcoach.training;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.DoseUnit;
import org.backcoach.catalog.Exercise;
import org.backcoach.progression.ProgressionPolicy;
import org.backcoach.progression.SetResult;
import org.backcoach.progression.Target;
import org.backcoach.progression.WeekOfWork;
import org.backcoach.training.data.TargetRows;
import org.backcoach.training.data.WorkoutRows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Each person's next target per exercise. When a session is over, every circuit exercise that was logged
 * goes through the progression policy, and its new target (with the reason) is what the next session with
 * that exercise prescribes. Warm-up and cool-down drills don't progress: they are done for how they feel.
 */
@Service
public class ExerciseTargets {

    /** Timed work has no reps in reserve; it counts as enough in reserve so that holds can grow. */
    private static final int RESERVE_OF_TIMED_WORK = 5;

    private final TargetRows rows;
    private final WorkoutRows workouts;
    private final Catalog catalog;
    private final ProgressionPolicy policy = new ProgressionPolicy();
    private final Clock clock;

    ExerciseTargets(TargetRows rows, WorkoutRows workouts, Catalog catalog, Clock clock) {
        this.rows = rows;
        this.workouts = workouts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The account's targets by exercise id. */
    public Map<String, ExerciseTarget> current(UUID accountId) {
        return rows.all(accountId);
    }

    @EventListener
    void on(WorkoutCompleted completed) {
        workouts.find(completed.accountId(), completed.workoutId()).ifPresent(this::progress);
    }

    void progress(WorkoutSession session) {
        var stored = rows.all(session.accountId());
        for (var block : session.blocks()) {
            if (block.kind() != WorkoutBlock.Kind.CIRCUIT) {
                continue;
            }
            for (var item : block.items()) {
                progress(session, stored, item, item.exerciseId());
                session.adaptations().stream()
                        .filter(adaptation -> adaptation.exerciseId().equals(item.exerciseId()))
                        .filter(adaptation -> adaptation.substitute() != null)
                        .forEach(adaptation -> progress(session, stored, item, adaptation.substitute()));
            }
        }
    }

    private void progress(
            WorkoutSession session, Map<String, ExerciseTarget> stored, WorkoutItem item, String exerciseId) {
        var sets = session.sets().stream()
                .filter(set -> set.exerciseId().equals(exerciseId))
                .toList();
        if (sets.isEmpty() || item.dose() == null) {
            return;
        }
        var exercise = catalog.exercise(exerciseId);
        var unit = item.dose().unit();
        var target = startingTarget(stored.get(exerciseId), exercise, item, sets);
        if (target.unit() != unit) {
            return;
        }
        var results = sets.stream()
                .map(set -> new SetResult(
                        set.done(),
                        set.repsInReserve() != null ? set.repsInReserve() : RESERVE_OF_TIMED_WORK,
                        session.hurt(set)))
                .toList();
        var next = policy.next(new WeekOfWork(target, item.sets().min(), exercise.equipment(), results));
        rows.save(
                session.accountId(),
                new ExerciseTarget(next.target(), next.change(), next.rule(), next.reason(), clock.instant()));
    }

    /**
     * The target last time: the stored one, or the plan's dose the first time. A loaded exercise without a
     * load yet takes the lightest load the person used, so progression has a number to add to.
     */
    private static Target startingTarget(
            ExerciseTarget stored, Exercise exercise, WorkoutItem item, java.util.List<LoggedSet> sets) {
        var usedLoad = sets.stream()
                .map(LoggedSet::loadKg)
                .filter(java.util.Objects::nonNull)
                .min(Double::compare)
                .orElse(null);
        if (stored != null) {
            var target = stored.target();
            return target.loadKg() == null && exercise.loaded() && usedLoad != null
                    ? target.withLoad(usedLoad)
                    : target;
        }
        var dose = item.dose();
        DoseUnit unit = dose.unit();
        return new Target(exercise.id(), unit, dose.min(), dose.max(), exercise.loaded() ? usedLoad : null);
    }
}
