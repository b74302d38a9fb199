package org.backcoach.assessment;

/** Conditions that need clearance and a note on the plan (R-SAFE-3). */
public enum Condition {
    PREGNANCY,
    RECENT_BACK_SURGERY,
    SCOLIOSIS,
    SCIATICA
}
