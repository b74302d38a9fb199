package org.backcoach.planning;

/** Whether a plan carries exercises; only {@link #READY} does. */
public enum PlanStatus {
    READY,
    NEEDS_CLEARANCE,
    SEE_CLINICIAN
}
