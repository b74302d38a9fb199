package org.backcoach.training;

import java.util.List;
import org.backcoach.catalog.Range;

/**
 * One part of a session as the person does it: the warm-up, a circuit done round by round with a rest
 * after each round, the optional bonus circuit, or the cool-down suggestions.
 *
 * @param rounds how many times the block is gone through
 * @param restSeconds the rest after each round, 0 for none
 */
public record WorkoutBlock(
        Kind kind, String name, boolean optional, Range rounds, int restSeconds, List<WorkoutItem> items) {

    /** What a block is for. */
    public enum Kind {
        WARM_UP,
        CIRCUIT,
        COOL_DOWN
    }

    public WorkoutBlock {
        items = List.copyOf(items);
    }
}
