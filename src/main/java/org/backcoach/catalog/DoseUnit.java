package org.backcoach.catalog;

/** What a dose counts. */
public enum DoseUnit {
    REPS,
    SECONDS,
    BREATHS
}
