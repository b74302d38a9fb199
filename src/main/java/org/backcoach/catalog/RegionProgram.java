package org.backcoach.catalog;

import java.util.List;

/** What a region that needs work gets: habits, its daily series, and cues for every other exercise. */
public record RegionProgram(List<Habit> habits, List<Prescription> series, List<IntegrationCue> integration) {

    public RegionProgram {
        habits = habits == null ? List.of() : List.copyOf(habits);
        series = series == null ? List.of() : List.copyOf(series);
        integration = integration == null ? List.of() : List.copyOf(integration);
    }
}
