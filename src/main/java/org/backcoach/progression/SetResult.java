package org.backcoach.progression;

/**
 * One logged set as the policy reads it: what was done (reps or seconds), the reps left in reserve
 * (0 to 5, where 5 means five or more), and whether pain rose during it.
 */
public record SetResult(int done, int repsInReserve, boolean painful) {}
