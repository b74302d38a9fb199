package org.backcoach.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A strength session is over: finished, or ended early because of pain. */
public record WorkoutCompleted(UUID accountId, UUID workoutId, LocalDate day, WorkoutStatus status, Instant at) {}
