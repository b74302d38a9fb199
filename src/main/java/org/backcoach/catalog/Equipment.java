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
    BENCH;

    /** The kit's everyday name, such as "foam roller". */
    public String label() {
        return switch (this) {
            case PVC_PIPE -> "PVC pipe";
            case TRX -> "TRX";
            case SMITH_MACHINE -> "Smith machine";
            default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
