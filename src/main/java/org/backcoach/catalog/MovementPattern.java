package org.backcoach.catalog;

/** The movement an exercise trains, used to attach integration cues to the right exercises. */
public enum MovementPattern {
    NONE,
    SQUAT,
    HINGE,
    LUNGE,
    BRIDGE,
    PUSH,
    PULL,
    CARRY,
    ANTI_ROTATION,
    ROTATION,
    ANTI_EXTENSION,
    ANTI_LATERAL_FLEXION,
    TRUNK_FLEXION,
    TRUNK_EXTENSION,
    CALF_RAISE,
    FOOT_CONTROL,
    LOCOMOTION
}
