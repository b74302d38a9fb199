package org.backcoach.catalog;

/** The four body regions that the self-tests check and the daily series train. */
public enum Region {
    CORE,
    HIPS,
    FEET,
    UPPER_BACK
}
