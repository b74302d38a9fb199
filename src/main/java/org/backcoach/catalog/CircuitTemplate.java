package org.backcoach.catalog;

import java.util.List;

/** Exercises done back to back, then a rest, repeated for a number of rounds. */
public record CircuitTemplate(String name, boolean optional, Range rounds, int restSeconds, List<Prescription> items) {

    public CircuitTemplate {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
