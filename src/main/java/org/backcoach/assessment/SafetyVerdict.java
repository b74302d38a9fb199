package org.backcoach.assessment;

/** Whether exercise may start. */
public enum SafetyVerdict {
    /** Cleared and free of red flags: a plan may be built. */
    CLEAR,
    /** No medical clearance yet: the plan is withheld until there is. */
    NEEDS_CLEARANCE,
    /** A red flag or severe unexplained pain: see a clinician first. */
    SEE_CLINICIAN
}
