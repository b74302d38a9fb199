package org.backcoach.catalog;

import java.util.List;
import java.util.Map;

/**
 * The program templates: per-region habits, series and cues, the warm-up, the three total-body
 * sessions, the cool-down and the training guidelines.
 *
 * @param breathing the breathing drill that opens every daily series and the cool-down
 * @param toeDrills the habit added when any toe drill of the foot test was missed
 */
public record Program(
        Map<Region, RegionProgram> regions,
        Prescription breathing,
        Habit toeDrills,
        List<Prescription> warmUp,
        List<SessionTemplate> sessions,
        CoolDownTemplate coolDown,
        List<Guideline> guidelines,
        StageOpeners stageOpeners,
        DeadBugRule deadBug) {

    public Program {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        warmUp = warmUp == null ? List.of() : List.copyOf(warmUp);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    }

    public RegionProgram region(Region region) {
        return regions.get(region);
    }
}
