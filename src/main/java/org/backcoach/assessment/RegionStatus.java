package org.backcoach.assessment;

/** The outcome of one region's self-test. */
public enum RegionStatus {
    NEEDS_WORK,
    OK,
    NOT_ASSESSED
}
