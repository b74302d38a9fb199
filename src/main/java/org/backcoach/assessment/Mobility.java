package org.backcoach.assessment;

/** How freely a person moves in everyday life. */
public enum Mobility {
    NORMAL,
    SOMEWHAT_RESTRICTED,
    RESTRICTED
}
