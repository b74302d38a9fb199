package org.backcoach.progression;

import org.backcoach.assessment.Rule;

/** Next week's target, what kind of change it is, and why, in a sentence the person reads. */
public record NextTarget(Target target, Change change, Rule rule, String reason) {

    /** How the target moved. */
    public enum Change {
        ADD_LOAD,
        ADD_REPS,
        ADD_SECONDS,
        HOLD,
        REGRESS
    }
}
