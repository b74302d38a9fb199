package org.backcoach.training;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.backcoach.progression.PainAdvice;

/**
 * What a session came to: how long it took, what was logged, what was swapped or skipped because it hurt,
 * and how the pain went from start to finish.
 *
 * @param minutes from start to finish, or to now while in progress
 * @param volumeKg reps times load over every loaded set
 */
public record WorkoutSummary(
        WorkoutStatus status,
        long minutes,
        int setsLogged,
        int exercisesLogged,
        double volumeKg,
        Integer painAtStart,
        Integer peakPain,
        Integer painAtEnd,
        List<Adaptation> substituted,
        List<Adaptation> skipped,
        Adaptation endedBy,
        String notes) {

    public static WorkoutSummary of(WorkoutSession session, java.time.Instant now) {
        var sets = session.sets();
        var end = session.finishedAt().orElse(now);
        var volume = sets.stream()
                .filter(set -> set.loadKg() != null && set.reps() != null)
                .mapToDouble(set -> set.loadKg() * set.reps())
                .sum();
        var adaptations = session.adaptations();
        return new WorkoutSummary(
                session.status(),
                Math.max(0, Duration.between(session.startedAt(), end).toMinutes()),
                sets.size(),
                (int) sets.stream().map(LoggedSet::exerciseId).distinct().count(),
                Math.round(volume * 10) / 10.0,
                session.startingPain().orElse(null),
                session.peakPain().orElse(null),
                sets.isEmpty()
                        ? session.startingPain().orElse(null)
                        : Integer.valueOf(sets.get(sets.size() - 1).pain()),
                only(adaptations, PainAdvice.Action.SUBSTITUTE),
                only(adaptations, PainAdvice.Action.SKIP),
                only(adaptations, PainAdvice.Action.END_SESSION).stream()
                        .findFirst()
                        .orElse(null),
                session.notes().orElse(null));
    }

    private static List<Adaptation> only(List<Adaptation> adaptations, PainAdvice.Action action) {
        return adaptations.stream().filter(a -> a.action() == action).toList();
    }

    public Optional<Adaptation> ended() {
        return Optional.ofNullable(endedBy);
    }
}
