package org.backcoach.training;

/** Where a strength session stands. */
public enum WorkoutStatus {
    IN_PROGRESS,
    COMPLETED,
    /** Pain ended it before the cool-down (R-PAIN-STOP). */
    ENDED_EARLY
}
