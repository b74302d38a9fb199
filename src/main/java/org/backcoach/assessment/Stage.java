package org.backcoach.assessment;

/** The starting stage by pain level (source B). */
public enum Stage {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
