package org.backcoach.progression;

import org.backcoach.assessment.Rule;

/**
 * What to do after a set that hurt: swap the exercise, leave it out, or end the session, with the rule
 * behind it and a sentence the person reads.
 *
 * @param substitute the exercise that stands in, only for {@link Action#SUBSTITUTE}
 */
public record PainAdvice(Action action, String substitute, Rule rule, String message) {

    /** The three answers to pain during a session. */
    public enum Action {
        SUBSTITUTE,
        SKIP,
        END_SESSION
    }

    public PainAdvice {
        if ((action == Action.SUBSTITUTE) != (substitute != null)) {
            throw new IllegalArgumentException("only a substitution names a substitute");
        }
    }
}
