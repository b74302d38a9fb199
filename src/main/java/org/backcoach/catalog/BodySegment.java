package org.backcoach.catalog;

/** Which part of the body an exercise loads; the substitution rule differs for upper and lower body. */
public enum BodySegment {
    UPPER,
    LOWER,
    TRUNK,
    FULL
}
