package org.backcoach.catalog;

/** The position an exercise is done in; integration cues and substitutions key off it. */
public enum BodyPosition {
    STANDING,
    HALF_KNEELING,
    TALL_KNEELING,
    QUADRUPED,
    SEATED,
    SUPINE,
    PRONE,
    SIDE_LYING
}
