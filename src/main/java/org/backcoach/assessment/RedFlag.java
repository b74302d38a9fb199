package org.backcoach.assessment;

/** Signs that call for a clinician before any exercise (R-SAFE-1). */
public enum RedFlag {
    TRAUMA,
    BLADDER_OR_BOWEL_CHANGE,
    SADDLE_NUMBNESS,
    PROGRESSIVE_LEG_WEAKNESS,
    FEVER,
    UNEXPLAINED_WEIGHT_LOSS,
    CANCER_HISTORY,
    CONSTANT_NIGHT_PAIN
}
