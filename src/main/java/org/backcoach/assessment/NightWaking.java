package org.backcoach.assessment;

/** How often back pain wakes a person at night. */
public enum NightWaking {
    NEVER,
    SOMETIMES,
    OFTEN
}
