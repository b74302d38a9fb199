package org.backcoach.assessment;

import java.util.List;
import org.backcoach.catalog.Region;

/**
 * What the assessment concluded from an intake: whether exercise may start and why, the starting
 * stage and the reasons for it, and each region's result. Planning builds on these and on the intake's
 * preferences (kit, days, focus).
 *
 * @param toeDrillsMissed whether any toe drill of the foot test was tried and missed
 */
public record Findings(
        SafetyVerdict verdict,
        List<Notice> notices,
        Stage stage,
        List<String> stageReasons,
        List<RegionResult> regions,
        boolean toeDrillsMissed,
        Intake intake) {

    public Findings {
        notices = List.copyOf(notices);
        stageReasons = List.copyOf(stageReasons);
        regions = List.copyOf(regions);
    }

    public boolean clearToExercise() {
        return verdict == SafetyVerdict.CLEAR;
    }

    public RegionResult region(Region region) {
        return regions.stream()
                .filter(result -> result.region() == region)
                .findFirst()
                .orElseThrow();
    }

    /** The regions that need work, in the order of {@link Region}. */
    public List<Region> regionsNeedingWork() {
        return regions.stream()
                .filter(RegionResult::needsWork)
                .map(RegionResult::region)
                .toList();
    }

    public boolean everyTestPassed() {
        return regions.stream().allMatch(RegionResult::passed);
    }

    public int painNow() {
        return intake.symptoms().painNow();
    }
}
