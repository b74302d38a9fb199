package org.backcoach.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.accounts.Account;
import org.backcoach.accounts.Accounts;
import org.backcoach.catalog.Catalog;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.coaching.StoredPlan;
import org.backcoach.progression.PainRules;
import org.backcoach.training.data.WorkoutRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strength sessions people do: started on a day the plan schedules one, every set stored the moment
 * it is logged, pain answered by the pain rules, and finished with a summary that moves next targets.
 * Every method is scoped to one account.
 */
@Service
public class Workouts {

    /** How many finished sessions R-PAIN-TREND looks back over. */
    private static final int TREND_WINDOW = PainRules.TREND_SESSIONS;

    private final PersonalPlans plans;
    private final Accounts accounts;
    private final Catalog catalog;
    private final WorkoutRows rows;
    private final ExerciseTargets targets;
    private final PainRules painRules;
    private final SessionPrescription prescription;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Workouts(
            PersonalPlans plans,
            Accounts accounts,
            Catalog catalog,
            WorkoutRows rows,
            ExerciseTargets targets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.accounts = accounts;
        this.catalog = catalog;
        this.rows = rows;
        this.targets = targets;
        this.painRules = new PainRules(catalog::find);
        this.prescription = new SessionPrescription(catalog);
        this.events = events;
        this.clock = clock;
    }

    /** A session and whether this call started it (false: it had been started before, and resumes). */
    public record Started(WorkoutSession session, boolean created) {}

    /**
     * Starts the session the plan schedules on that day, or returns the one already started that day.
     *
     * @param startingPain how the back feels before the first set, 0-10, or {@code null} to take the first
     *     set's pain as the start
     * @throws WorkoutConflictException when there is no plan, no session that day, or the day is in the future
     */
    @Transactional
    public Started start(UUID accountId, LocalDate day, Integer startingPain) {
        var existing = rows.onDay(accountId, day);
        if (existing.isPresent()) {
            return new Started(existing.get(), false);
        }
        var zone = zone(accountId);
        if (day.isAfter(today(zone))) {
            throw new WorkoutConflictException(
                    "Not yet", "That day hasn't come yet; a session can be started on its day or logged afterwards.");
        }
        var stored = plans.current(accountId)
                .filter(current -> current.plan().ready() && current.plan().strength() != null)
                .orElseThrow(() -> new WorkoutConflictException(
                        "No strength plan", "There's no strength plan to train with yet: finish your check-in first."));
        var schedule = schedule(stored, zone);
        var session = schedule.sessionOn(day)
                .orElseThrow(() -> new WorkoutConflictException(
                        "No session that day", "Your plan has no strength session on " + day + "; it's a rest day."));
        var blocks = prescription.blocks(session, targets.current(accountId));
        var started = WorkoutSession.start(
                UUID.randomUUID(),
                accountId,
                stored.version(),
                day,
                session.name(),
                blocks,
                startingPain,
                clock.instant());
        if (!rows.insert(started, stored.intake().equipment())) {
            return new Started(rows.onDay(accountId, day).orElseThrow(), false);
        }
        return new Started(started, true);
    }

    public Optional<WorkoutSession> find(UUID accountId, UUID workoutId) {
        return rows.find(accountId, workoutId);
    }

    public Optional<WorkoutSession> onDay(UUID accountId, LocalDate day) {
        return rows.onDay(accountId, day);
    }

    /** Sessions started on the days from {@code from} to {@code to}, both included. */
    public List<WorkoutRows.Header> between(UUID accountId, LocalDate from, LocalDate to) {
        return rows.between(accountId, from, to);
    }

    /**
     * Logs a set; it is stored before this returns. Pain may swap or skip the exercise, or end the session.
     *
     * @throws org.backcoach.shared.InvalidInputException naming every bad field
     * @throws WorkoutConflictException when the set doesn't fit the session
     */
    @Transactional
    public WorkoutSession.Logged log(UUID accountId, UUID workoutId, SetEntry entry) {
        entry.validated();
        var session = require(accountId, workoutId);
        var exercise = catalog.find(entry.exerciseId())
                .orElseThrow(() -> org.backcoach.shared.InvalidInputException.of(
                        "exerciseId", "no exercise has the id '" + entry.exerciseId() + "'"));
        var logged = session.log(
                entry, exercise, rows.equipment(accountId, workoutId), painRules, UUID.randomUUID(), clock.instant());
        save(session, logged);
        return logged;
    }

    /** Corrects a logged set's numbers. */
    @Transactional
    public WorkoutSession.Logged correct(UUID accountId, UUID workoutId, UUID setId, SetEntry entry) {
        var session = require(accountId, workoutId);
        var existing = session.set(setId).orElseThrow(() -> new NoSuchSetException(setId));
        var corrected = new SetEntry(
                        existing.exerciseId(),
                        existing.setNumber(),
                        entry.reps(),
                        entry.seconds(),
                        entry.loadKg(),
                        entry.repsInReserve(),
                        entry.pain())
                .validated();
        var logged = session.correct(
                setId,
                corrected,
                catalog.exercise(existing.exerciseId()),
                rows.equipment(accountId, workoutId),
                painRules,
                clock.instant());
        save(session, logged);
        return logged;
    }

    @Transactional
    public void delete(UUID accountId, UUID workoutId, UUID setId) {
        var session = require(accountId, workoutId);
        session.set(setId).orElseThrow(() -> new NoSuchSetException(setId));
        session.delete(setId);
        rows.deleteSet(workoutId, setId);
    }

    /** Sets the pain the session starts with. */
    @Transactional
    public WorkoutSession startingPain(UUID accountId, UUID workoutId, int pain) {
        var session = require(accountId, workoutId);
        session.startingPain(pain);
        rows.updateHeader(session);
        return session;
    }

    /** Keeps the person's notes on a session, at any time. */
    @Transactional
    public WorkoutSession notes(UUID accountId, UUID workoutId, String notes) {
        var session = require(accountId, workoutId);
        session.notes(notes);
        rows.updateHeader(session);
        return session;
    }

    /**
     * Finishes the session and moves the targets of what was logged.
     *
     * @throws WorkoutConflictException when the session is not in progress
     */
    @Transactional
    public WorkoutSession complete(UUID accountId, UUID workoutId, String notes) {
        var session = require(accountId, workoutId);
        session.complete(clock.instant());
        if (notes != null) {
            session.notes(notes);
        }
        rows.updateHeader(session);
        events.publishEvent(new WorkoutCompleted(
                accountId,
                workoutId,
                session.day(),
                session.status(),
                session.finishedAt().orElseThrow()));
        return session;
    }

    /**
     * R-PAIN-TREND: the notice to stop and see a clinician when pain rose across the last three finished
     * sessions, or empty.
     */
    public Optional<String> painTrend(UUID accountId) {
        var recent = rows.recentlyFinished(accountId, TREND_WINDOW);
        var oldestFirst = new java.util.ArrayList<>(recent);
        java.util.Collections.reverse(oldestFirst);
        var pains = oldestFirst.stream()
                .map(WorkoutSession::peakPain)
                .flatMap(Optional::stream)
                .toList();
        return painRules.risingAcrossSessions(pains) ? Optional.of(PainRules.trendMessage()) : Optional.empty();
    }

    private void save(WorkoutSession session, WorkoutSession.Logged logged) {
        rows.upsertSet(session.id(), logged.set());
        logged.adaptation().ifPresent(adaptation -> rows.insertAdaptation(session.id(), adaptation));
        if (session.status() != WorkoutStatus.IN_PROGRESS) {
            rows.updateHeader(session);
            events.publishEvent(new WorkoutCompleted(
                    session.accountId(),
                    session.id(),
                    session.day(),
                    session.status(),
                    session.finishedAt().orElseThrow()));
        }
    }

    private WorkoutSession require(UUID accountId, UUID workoutId) {
        return rows.find(accountId, workoutId).orElseThrow(() -> new NoSuchWorkoutException(workoutId));
    }

    private ZoneId zone(UUID accountId) {
        return accounts.find(accountId).map(Account::timeZone).orElse(ZoneOffset.UTC);
    }

    private LocalDate today(ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private static StrengthSchedule schedule(StoredPlan stored, ZoneId zone) {
        return new StrengthSchedule(
                stored.plan().strength(), stored.createdAt().atZone(zone).toLocalDate());
    }
}
