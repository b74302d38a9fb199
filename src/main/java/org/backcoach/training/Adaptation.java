package org.backcoach.training;

import java.time.Instant;
import org.backcoach.assessment.Rule;
import org.backcoach.progression.PainAdvice;

/** What happened when an exercise hurt: the advice given, kept with the session for the record. */
public record Adaptation(
        String exerciseId, PainAdvice.Action action, String substitute, Rule rule, String message, Instant at) {

    public static Adaptation of(String exerciseId, PainAdvice advice, Instant at) {
        return new Adaptation(exerciseId, advice.action(), advice.substitute(), advice.rule(), advice.message(), at);
    }
}
