package org.backcoach.catalog;

/** The ways one exercise links to another that can stand in for it. */
public enum VariantKind {
    /** The same movement without external load. */
    BODYWEIGHT,
    /** The home version, usually a resistance band in place of a cable. */
    HOME,
    /** The half-kneeling version of an upper-body exercise. */
    HALF_KNEELING,
    /** The one-leg (unilateral) version of a lower-body exercise. */
    ONE_LEG,
    /** An easier exercise for the same goal. */
    REGRESSION
}
