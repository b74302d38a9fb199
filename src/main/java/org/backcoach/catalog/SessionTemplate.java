package org.backcoach.catalog;

import java.util.List;

/** One total-body strength session: its circuits in order. */
public record SessionTemplate(String name, List<CircuitTemplate> circuits) {

    public SessionTemplate {
        circuits = circuits == null ? List.of() : List.copyOf(circuits);
    }
}
