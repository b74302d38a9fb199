package org.backcoach.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.DoseUnit;
import org.backcoach.catalog.Equipment;
import org.junit.jupiter.api.Test;

class ProgressionPolicyTests {

    private final ProgressionPolicy policy = new ProgressionPolicy();

    private static final Target GOBLET_SQUAT = new Target("kettlebell-goblet-squat", DoseUnit.REPS, 10, 12, 12.0);
    private static final Target ROW_DUMBBELL = new Target("row", DoseUnit.REPS, 10, 12, 8.0);
    private static final Target BRIDGE = new Target("glute-bridge", DoseUnit.REPS, 8, 15, null);
    private static final Target PALLOF = new Target("pallof", DoseUnit.SECONDS, 15, 30, null);

    private static List<SetResult> sets(int count, int done, int reserve) {
        return Collections.nCopies(count, new SetResult(done, reserve, false));
    }

    private NextTarget next(Target target, Set<Equipment> kit, List<SetResult> sets) {
        return policy.next(new WeekOfWork(target, 3, kit, sets));
    }

    @Test
    void topOfTheRangeWithReserveAndNoPainAddsTheKettlebellStep_R_PROGRESSION() {
        var next = next(GOBLET_SQUAT, Set.of(Equipment.KETTLEBELL), sets(3, 12, 3));

        assertThat(next.change()).isEqualTo(NextTarget.Change.ADD_LOAD);
        assertThat(next.target().loadKg()).isEqualTo(16.0);
        assertThat(next.rule()).isEqualTo(Rule.PROGRESSION);
        assertThat(next.reason()).isEqualTo("12 reps at 3 in reserve on all sets last week: +4 kg, back to 10 reps.");
    }

    @Test
    void dumbbellsStepByTwoKilos_R_PROGRESSION() {
        var next = next(ROW_DUMBBELL, Set.of(Equipment.DUMBBELL), sets(3, 12, 2));

        assertThat(next.target().loadKg()).isEqualTo(10.0);
        assertThat(next.reason()).contains("+2 kg");
    }

    @Test
    void bodyweightWorkAddsARep_R_PROGRESSION() {
        var next = next(BRIDGE, Set.of(), sets(3, 15, 4));

        assertThat(next.change()).isEqualTo(NextTarget.Change.ADD_REPS);
        assertThat(next.target().label()).isEqualTo("9-16 reps");
    }

    @Test
    void bandWorkHasNoKiloStepSoItAddsReps_R_PROGRESSION() {
        var band = new Target("band-row", DoseUnit.REPS, 10, 12, null);

        assertThat(next(band, Set.of(Equipment.RESISTANCE_BAND), sets(3, 12, 2)).change())
                .isEqualTo(NextTarget.Change.ADD_REPS);
    }

    @Test
    void timedHoldsAddFiveSeconds_R_PROGRESSION() {
        var next = next(PALLOF, Set.of(Equipment.RESISTANCE_BAND), sets(3, 30, 3));

        assertThat(next.change()).isEqualTo(NextTarget.Change.ADD_SECONDS);
        assertThat(next.target().label()).isEqualTo("20-35 s");
    }

    @Test
    void notEverySetAtTheTopHoldsTheTarget_R_PROGRESSION() {
        var mixed = List.of(new SetResult(12, 3, false), new SetResult(11, 2, false), new SetResult(12, 2, false));

        var next = next(GOBLET_SQUAT, Set.of(Equipment.KETTLEBELL), mixed);

        assertThat(next.change()).isEqualTo(NextTarget.Change.HOLD);
        assertThat(next.target()).isEqualTo(GOBLET_SQUAT);
        assertThat(next.reason()).contains("Not every set reached 12");
    }

    @Test
    void effortTooHighHoldsEvenAtTheTop_R_EFFORT() {
        var grinding = List.of(new SetResult(12, 3, false), new SetResult(12, 1, false), new SetResult(12, 2, false));

        var next = next(GOBLET_SQUAT, Set.of(Equipment.KETTLEBELL), grinding);

        assertThat(next.change()).isEqualTo(NextTarget.Change.HOLD);
        assertThat(next.rule()).isEqualTo(Rule.EFFORT);
        assertThat(next.target().loadKg()).isEqualTo(12.0);
    }

    @Test
    void painRegressesTheLoad_R_SAFE_4() {
        var hurt = List.of(new SetResult(12, 3, false), new SetResult(12, 3, true), new SetResult(12, 3, false));

        var next = next(GOBLET_SQUAT, Set.of(Equipment.KETTLEBELL), hurt);

        assertThat(next.change()).isEqualTo(NextTarget.Change.REGRESS);
        assertThat(next.rule()).isEqualTo(Rule.SAFE_4);
        assertThat(next.target().loadKg()).isEqualTo(8.0);
    }

    @Test
    void painRegressesBodyweightRepsButNeverBelowTwo_R_SAFE_4() {
        var low = new Target("bird-dog", DoseUnit.REPS, 2, 3, null);

        assertThat(next(BRIDGE, Set.of(), List.of(new SetResult(8, 3, true)))
                        .target()
                        .label())
                .isEqualTo("6-13 reps");
        assertThat(next(low, Set.of(), List.of(new SetResult(3, 3, true)))
                        .target()
                        .label())
                .isEqualTo("2 reps");
    }

    @Test
    void missingSetsOrNoLogHoldTheTarget_R_PROGRESSION() {
        assertThat(next(BRIDGE, Set.of(), List.of()).change()).isEqualTo(NextTarget.Change.HOLD);
        assertThat(next(BRIDGE, Set.of(), sets(2, 15, 3)).reason()).startsWith("2 of 3 sets");
    }

    @Test
    void repsAndSecondsStopAtASensibleCeiling_R_PROGRESSION() {
        var capped = new Target("calf-raise", DoseUnit.REPS, 20, ProgressionPolicy.MAX_REPS, null);

        assertThat(next(capped, Set.of(), sets(3, 25, 3)).change()).isEqualTo(NextTarget.Change.HOLD);
    }
}
