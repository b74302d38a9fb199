package org.backcoach.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.progression.PainAdvice;
import org.backcoach.progression.PainRules;

/**
 * A strength session a person is doing or has done: its blocks as prescribed that day, every logged set
 * and what happened when something hurt. Its state changes are guarded: sets are logged only while it is
 * in progress, an exercise stopped for pain takes no more sets, and only a session in progress completes.
 */
public final class WorkoutSession {

    /** Notes longer than this are refused rather than cut. */
    public static final int MAX_NOTES = 2000;

    private final UUID id;
    private final UUID accountId;
    private final int planVersion;
    private final LocalDate day;
    private final String name;
    private final List<WorkoutBlock> blocks;
    private final Instant startedAt;
    private final List<LoggedSet> sets;
    private final List<Adaptation> adaptations;
    private WorkoutStatus status;
    private Integer startingPain;
    private String notes;
    private Instant finishedAt;

    /** Everything a stored session holds, as the repository reads it back. */
    public record State(
            UUID id,
            UUID accountId,
            int planVersion,
            LocalDate day,
            String name,
            WorkoutStatus status,
            Integer startingPain,
            String notes,
            List<WorkoutBlock> blocks,
            Instant startedAt,
            Instant finishedAt,
            List<LoggedSet> sets,
            List<Adaptation> adaptations) {}

    public WorkoutSession(State state) {
        this.id = state.id();
        this.accountId = state.accountId();
        this.planVersion = state.planVersion();
        this.day = state.day();
        this.name = state.name();
        this.status = state.status();
        this.startingPain = state.startingPain();
        this.notes = state.notes();
        this.blocks = List.copyOf(state.blocks());
        this.startedAt = state.startedAt();
        this.finishedAt = state.finishedAt();
        this.sets = new ArrayList<>(state.sets());
        this.adaptations = new ArrayList<>(state.adaptations());
    }

    /** A new session, in progress from now. */
    public static WorkoutSession start(
            UUID id,
            UUID accountId,
            int planVersion,
            LocalDate day,
            String name,
            List<WorkoutBlock> blocks,
            Integer startingPain,
            Instant at) {
        if (startingPain != null && (startingPain < 0 || startingPain > 10)) {
            throw new IllegalArgumentException("pain is 0 to 10");
        }
        return new WorkoutSession(new State(
                id,
                accountId,
                planVersion,
                day,
                name,
                WorkoutStatus.IN_PROGRESS,
                startingPain,
                null,
                blocks,
                at,
                null,
                List.of(),
                List.of()));
    }

    /** A set logged, whether it replaced one with the same number, the advice when it hurt, and the session's status after it. */
    public record Logged(LoggedSet set, boolean replaced, Optional<Adaptation> adaptation, WorkoutStatus status) {}

    /**
     * Logs a set, or replaces the set with the same exercise and number (a retry after a lost answer logs
     * it once). Pain is checked against the session's start and the set before (R-SAFE-4, R-PAIN-STOP).
     *
     * @throws WorkoutConflictException when the session is over, the exercise isn't part of it, or the
     *     exercise was stopped because it hurt
     */
    public Logged log(
            SetEntry entry, Exercise exercise, Set<Equipment> owned, PainRules rules, UUID newId, Instant now) {
        requireInProgress();
        requirePartOfSession(entry.exerciseId());
        requireNotStopped(entry.exerciseId());
        var existing = set(entry.exerciseId(), entry.setNumber());
        var at = after(now, existing.map(LoggedSet::id).orElse(null));
        var set = new LoggedSet(
                existing.map(LoggedSet::id).orElse(newId),
                entry.exerciseId(),
                entry.setNumber(),
                entry.reps(),
                entry.seconds(),
                entry.loadKg(),
                entry.repsInReserve(),
                entry.pain(),
                at);
        var before = painBefore(existing.map(LoggedSet::id).orElse(null), entry.pain());
        var baseline = startingPain != null ? startingPain : baselineWith(entry.pain(), existing);
        existing.ifPresent(sets::remove);
        sets.add(set);
        var adaptation = rules.afterSet(new PainRules.PainCheck(exercise, owned, baseline, before, entry.pain()))
                .map(advice -> adapt(entry.exerciseId(), advice, at));
        return new Logged(set, existing.isPresent(), adaptation, status);
    }

    /** Corrects a logged set's numbers; pain is checked again while the session is in progress. */
    public Logged correct(
            UUID setId, SetEntry entry, Exercise exercise, Set<Equipment> owned, PainRules rules, Instant at) {
        var existing = requireSet(setId);
        var corrected = new LoggedSet(
                existing.id(),
                existing.exerciseId(),
                existing.setNumber(),
                entry.reps(),
                entry.seconds(),
                entry.loadKg(),
                entry.repsInReserve(),
                entry.pain(),
                existing.loggedAt());
        var before = painBefore(existing.id(), entry.pain());
        sets.set(sets.indexOf(existing), corrected);
        Optional<Adaptation> adaptation = Optional.empty();
        if (status == WorkoutStatus.IN_PROGRESS && !stopped(existing.exerciseId())) {
            var baseline = startingPain != null ? startingPain : firstPain().orElse(entry.pain());
            adaptation = rules.afterSet(new PainRules.PainCheck(exercise, owned, baseline, before, entry.pain()))
                    .map(advice -> adapt(existing.exerciseId(), advice, at));
        }
        return new Logged(corrected, true, adaptation, status);
    }

    /** Removes a logged set. */
    public LoggedSet delete(UUID setId) {
        var existing = requireSet(setId);
        sets.remove(existing);
        return existing;
    }

    /** Sets the pain the session starts with, once, before the first set. */
    public void startingPain(int pain) {
        requireInProgress();
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain is 0 to 10");
        }
        this.startingPain = pain;
    }

    /** @throws IllegalArgumentException when the notes are too long */
    public void notes(String text) {
        if (text != null && text.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes hold at most " + MAX_NOTES + " characters");
        }
        this.notes = text == null || text.isBlank() ? null : text.strip();
    }

    /** Finishes the session. @throws WorkoutConflictException unless it is in progress */
    public void complete(Instant at) {
        requireInProgress();
        status = WorkoutStatus.COMPLETED;
        finishedAt = at;
    }

    /** The highest pain of the session, its start included; empty before any pain was given. */
    public Optional<Integer> peakPain() {
        return Stream.concat(Stream.ofNullable(startingPain), sets.stream().map(LoggedSet::pain))
                .max(Integer::compare);
    }

    /**
     * Whether pain rose during the set: above the set logged before it, or above the session's start for
     * the first set (R-SAFE-4).
     */
    public boolean hurt(LoggedSet set) {
        var ordered = sets();
        var index = ordered.indexOf(set);
        int before;
        if (index > 0) {
            before = ordered.get(index - 1).pain();
        } else {
            before = startingPain != null ? startingPain : set.pain();
        }
        return set.pain() > before;
    }

    /** The exercise ids of the session, as prescribed, then any that stood in for them. */
    public List<String> exerciseIds() {
        var ids = new ArrayList<String>();
        blocks.forEach(block -> block.items().forEach(item -> ids.add(item.exerciseId())));
        adaptations.stream()
                .map(Adaptation::substitute)
                .filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids.stream().distinct().toList();
    }

    /** Whether the exercise was stopped because it hurt (swapped or skipped). */
    public boolean stopped(String exerciseId) {
        return adaptations.stream()
                .anyMatch(a -> a.exerciseId().equals(exerciseId) && a.action() != PainAdvice.Action.END_SESSION);
    }

    public Optional<LoggedSet> set(UUID setId) {
        return sets.stream().filter(set -> set.id().equals(setId)).findFirst();
    }

    private Adaptation adapt(String exerciseId, PainAdvice advice, Instant at) {
        var adaptation = Adaptation.of(exerciseId, advice, at);
        adaptations.add(adaptation);
        if (advice.action() == PainAdvice.Action.END_SESSION) {
            status = WorkoutStatus.ENDED_EARLY;
            finishedAt = at;
        }
        return adaptation;
    }

    private Optional<LoggedSet> set(String exerciseId, int setNumber) {
        return sets.stream()
                .filter(set -> set.exerciseId().equals(exerciseId) && set.setNumber() == setNumber)
                .findFirst();
    }

    /**
     * The time to log a set at: now, or just after the latest other set if the clock says otherwise, so
     * that "the set before" is always well defined.
     */
    private Instant after(Instant now, UUID excluded) {
        return sets.stream()
                .filter(set -> !set.id().equals(excluded))
                .map(LoggedSet::loggedAt)
                .max(Comparator.naturalOrder())
                .filter(latest -> !now.isAfter(latest))
                .map(latest -> latest.plusMillis(1))
                .orElse(now);
    }

    /** The pain of the latest set other than the one being written, or the session's start. */
    private int painBefore(UUID excluded, int painNow) {
        return sets.stream()
                .filter(set -> !set.id().equals(excluded))
                .max(Comparator.comparing(LoggedSet::loggedAt))
                .map(LoggedSet::pain)
                .orElse(startingPain != null ? startingPain : painNow);
    }

    private int baselineWith(int painNow, Optional<LoggedSet> replaced) {
        return sets.stream()
                .filter(set ->
                        replaced.isEmpty() || !set.id().equals(replaced.get().id()))
                .min(Comparator.comparing(LoggedSet::loggedAt))
                .map(LoggedSet::pain)
                .orElse(painNow);
    }

    private Optional<Integer> firstPain() {
        return sets.stream().min(Comparator.comparing(LoggedSet::loggedAt)).map(LoggedSet::pain);
    }

    private void requireInProgress() {
        if (status != WorkoutStatus.IN_PROGRESS) {
            throw new WorkoutConflictException(
                    "Session is over",
                    status == WorkoutStatus.ENDED_EARLY
                            ? "This session ended early because of pain, so it takes no more sets."
                            : "This session is already finished.");
        }
    }

    private void requirePartOfSession(String exerciseId) {
        if (!exerciseIds().contains(exerciseId)) {
            throw new WorkoutConflictException(
                    "Not in this session", "'" + exerciseId + "' isn't part of today's session.");
        }
    }

    private void requireNotStopped(String exerciseId) {
        if (stopped(exerciseId)) {
            throw new WorkoutConflictException(
                    "Exercise stopped",
                    "'" + exerciseId + "' was stopped because it hurt, so it takes no more sets today.");
        }
    }

    private LoggedSet requireSet(UUID setId) {
        return set(setId)
                .orElseThrow(() -> new WorkoutConflictException("No such set", "That set isn't part of this session."));
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public int planVersion() {
        return planVersion;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }

    public WorkoutStatus status() {
        return status;
    }

    public Optional<Integer> startingPain() {
        return Optional.ofNullable(startingPain);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public List<WorkoutBlock> blocks() {
        return blocks;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The logged sets, in the order they were logged. */
    public List<LoggedSet> sets() {
        return sets.stream().sorted(Comparator.comparing(LoggedSet::loggedAt)).toList();
    }

    public List<Adaptation> adaptations() {
        return List.copyOf(adaptations);
    }
}
