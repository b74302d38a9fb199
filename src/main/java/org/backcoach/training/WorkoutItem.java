package org.backcoach.training;

import java.util.List;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.Range;
import org.backcoach.planning.Plan;

/**
 * One exercise of a session with what to aim for: the plan's sets and dose, moved by the person's own
 * progression where they have one, the load to use and why.
 *
 * @param dose how much each set holds; {@code null} for cool-down suggestions, done at the person's pace
 * @param targetLoadKg the load to use, or {@code null} when there is none to suggest (bodyweight, bands, or
 *     a first time: pick a load that leaves 2-3 reps in reserve)
 * @param targetReason why the target is what it is, or {@code null} when it is the plan's own
 */
public record WorkoutItem(
        String exerciseId,
        String name,
        Range sets,
        Dose dose,
        Double targetLoadKg,
        String targetReason,
        List<Plan.Cue> cues,
        Plan.Substitution substitutedFor) {

    public WorkoutItem {
        cues = List.copyOf(cues);
    }
}
