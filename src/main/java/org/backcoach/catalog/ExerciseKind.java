package org.backcoach.catalog;

/** What an exercise mainly does for the body. */
public enum ExerciseKind {
    SOFT_TISSUE,
    MOBILITY,
    BREATHING,
    STABILITY,
    STRENGTH
}
