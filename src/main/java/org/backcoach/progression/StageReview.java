package org.backcoach.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.backcoach.assessment.Stage;

/**
 * R-STAGE-REVIEW: after two weeks of logged sessions, a pain drop of 2 points or more (the smallest change
 * that matters on a 0-10 scale) with the sessions done offers the next stage. The person decides.
 */
public final class StageReview {

    public static final int REVIEW_AFTER_DAYS = 14;
    public static final int MEANINGFUL_PAIN_DROP = 2;
    /** Two weeks at two sessions or more; one-day-a-week plans need both of their sessions. */
    public static final int MIN_COMPLETED_SESSIONS = 4;

    /**
     * @param firstLogged the day of the first logged session
     * @param painAtStart pain before the first logged session
     * @param painNow pain before the latest session
     * @param completedSessions sessions completed since the first
     * @param sessionsScheduled sessions scheduled since the first
     */
    public record Progress(
            Stage stage,
            LocalDate firstLogged,
            LocalDate today,
            int painAtStart,
            int painNow,
            int completedSessions,
            int sessionsScheduled) {}

    /** An offer to move up, with why. */
    public record Offer(Stage from, Stage to, String reason) {}

    public Optional<Offer> review(Progress progress) {
        if (progress.stage() == Stage.ADVANCED || progress.firstLogged() == null) {
            return Optional.empty();
        }
        var days = ChronoUnit.DAYS.between(progress.firstLogged(), progress.today());
        var needed = Math.min(MIN_COMPLETED_SESSIONS, progress.sessionsScheduled());
        var drop = progress.painAtStart() - progress.painNow();
        if (days < REVIEW_AFTER_DAYS
                || progress.completedSessions() < Math.max(needed, 1)
                || drop < MEANINGFUL_PAIN_DROP) {
            return Optional.empty();
        }
        var next = progress.stage() == Stage.BEGINNER ? Stage.INTERMEDIATE : Stage.ADVANCED;
        return Optional.of(new Offer(
                progress.stage(),
                next,
                "Your pain has dropped from " + progress.painAtStart() + " to " + progress.painNow() + " over "
                        + days + " days, with " + progress.completedSessions() + " sessions done. Ready to move up to "
                        + next.name().toLowerCase(java.util.Locale.ROOT) + "? Only if it feels right."));
    }
}
