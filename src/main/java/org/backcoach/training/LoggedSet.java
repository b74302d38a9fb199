package org.backcoach.training;

import java.time.Instant;
import java.util.UUID;

/**
 * One set as the person logged it: reps or seconds done, the load in kilograms ({@code null} without
 * one), reps in reserve (0 to 5, 5 meaning five or more; {@code null} for timed work) and pain 0-10.
 */
public record LoggedSet(
        UUID id,
        String exerciseId,
        int setNumber,
        Integer reps,
        Integer seconds,
        Double loadKg,
        Integer repsInReserve,
        int pain,
        Instant loggedAt) {

    /** Reps or seconds, whichever the set counts. */
    public int done() {
        return reps != null ? reps : seconds;
    }
}
