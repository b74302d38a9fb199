package org.backcoach.catalog;

/** Kit a person may own; an exercise that needs none is bodyweight. */
public enum Equipment {
    FOAM_ROLLER,
    LACROSSE_BALL,
    PVC_PIPE,
    MINI_BAND,
    RESISTANCE_BAND,
    DUMBBELL,
    KETTLEBELL,
    CABLE_MACHINE,
    SMITH_MACHINE,
    GLIDE_DISK,
    TRX,
    LANDMINE,
    BENCH
}
