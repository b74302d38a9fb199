package org.backcoach.planning;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.corePassing;
import static org.backcoach.assessment.Intakes.feetPassing;
import static org.backcoach.assessment.Intakes.intake;
import static org.backcoach.assessment.Intakes.upperBackPassing;
import static org.backcoach.planning.PlannerTests.CATALOG;
import static org.backcoach.planning.PlannerTests.allItems;
import static org.backcoach.planning.PlannerTests.ids;
import static org.backcoach.planning.PlannerTests.item;
import static org.backcoach.planning.PlannerTests.plan;
import static org.backcoach.planning.PlannerTests.sessionItems;

import java.util.Set;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.Mobility;
import org.backcoach.assessment.NightWaking;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.RegionResult;
import org.backcoach.assessment.RegionStatus;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;
import org.junit.jupiter.api.Test;

/** Whole plans for the people BackCoach is built for. */
class TypicalPeopleTests {

    @Test
    void aBeginnerInALotOfPainGetsAGentleBodyweightPlanBuiltAroundTheCore() {
        var plan = plan(intake().pain(8)
                .nightWaking(NightWaking.OFTEN)
                .radiatingPain()
                .mobility(Mobility.RESTRICTED)
                .notExercising()
                .core(new Intake.CoreTest(true, true, false, null))
                .days(TUESDAY, SATURDAY));

        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.stage()).isEqualTo(Stage.BEGINNER);
        assertThat(plan.regions())
                .extracting(RegionResult::region, RegionResult::result)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Region.CORE, RegionStatus.NEEDS_WORK),
                        org.assertj.core.groups.Tuple.tuple(Region.HIPS, RegionStatus.NOT_ASSESSED),
                        org.assertj.core.groups.Tuple.tuple(Region.FEET, RegionStatus.NOT_ASSESSED),
                        org.assertj.core.groups.Tuple.tuple(Region.UPPER_BACK, RegionStatus.NOT_ASSESSED));
        assertThat(plan.habits()).extracting(Plan.Habit::region).containsOnly(Region.CORE);
        assertThat(plan.dailySeries().region()).isEqualTo(Region.CORE);
        assertThat(ids(plan.dailySeries().items().stream())).contains("wall-test-position-hold", "bird-dog");
        assertThat(allItems(plan)).allSatisfy(item -> {
            assertThat(item.equipment()).isEmpty();
            assertThat(CATALOG.exercise(item.exerciseId()).loaded()).isFalse();
        });
        assertThat(plan.strength().sessions())
                .extracting(Plan.Session::day, Plan.Session::week)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TUESDAY, 1),
                        org.assertj.core.groups.Tuple.tuple(SATURDAY, 1),
                        org.assertj.core.groups.Tuple.tuple(TUESDAY, 2));
        assertThat(plan.strength().sessions())
                .allSatisfy(session -> assertThat(
                                session.circuits().get(0).items().get(0).exerciseId())
                        .isEqualTo("glute-bridge"));
        assertThat(plan.notices()).extracting(Notice::rule).contains(Rule.SAFE_4, Rule.NO_DIAGNOSIS);
    }

    @Test
    void anOfficeWorkerWithTightHipsTrainsAtHomeWithBandsAndHipWork() {
        var plan = plan(intake().pain(4)
                .core(corePassing())
                .hips(new Intake.HipTest(15, 25, false, true))
                .feet(feetPassing())
                .upperBack(upperBackPassing())
                .equipment(Equipment.FOAM_ROLLER, Equipment.RESISTANCE_BAND, Equipment.MINI_BAND));

        assertThat(plan.stage()).isEqualTo(Stage.INTERMEDIATE);
        assertThat(plan.habits()).extracting(Plan.Habit::region).containsOnly(Region.HIPS);
        assertThat(plan.dailySeries().region()).isEqualTo(Region.HIPS);
        assertThat(allItems(plan))
                .allSatisfy(item -> assertThat(
                                Set.of(Equipment.FOAM_ROLLER, Equipment.RESISTANCE_BAND, Equipment.MINI_BAND))
                        .containsAll(item.equipment()));
        var row = item(plan, "resistance-band-half-kneeling-row");
        assertThat(row.substitutedFor().exerciseId()).isEqualTo("cable-half-kneeling-row");
        assertThat(row.cues()).extracting(Plan.Cue::region).contains(Region.HIPS);
        assertThat(ids(plan.strength().sessions().get(0).warmUp().stream())).contains("mini-band-hip-thrust");
        assertThat(ids(sessionItems(plan))).doesNotContain("kettlebell-goblet-squat", "cable-half-kneeling-row");
    }

    @Test
    void anAdvancedLifterWhoseFeetCollapseKeepsTheFullProgramWithFootWork() {
        var plan = plan(intake().advanced()
                .experienced()
                .core(corePassing())
                .hips(new Intake.HipTest(35, 32, true, true))
                .feet(new Intake.FootTest(false, true, false, true, true, true, true))
                .upperBack(upperBackPassing())
                .gym());

        assertThat(plan.stage()).isEqualTo(Stage.ADVANCED);
        assertThat(plan.dailySeries().region()).isEqualTo(Region.FEET);
        assertThat(ids(plan.dailySeries().items().stream()))
                .containsExactly(
                        "breathing-reset-supine",
                        "lacrosse-ball-rolling-foot",
                        "foam-roll-anterior-tibialis",
                        "foam-roll-calf",
                        "dynamic-ankle-mobility-calf-stretch",
                        "1-leg-romanian-deadlift");
        assertThat(plan.habits()).extracting(Plan.Habit::region).containsOnly(Region.FEET);
        assertThat(plan.regions().get(2).findings()).anyMatch(text -> text.contains("kneecaps"));
        assertThat(ids(sessionItems(plan)))
                .contains("kettlebell-deadlift-1-bell", "kettlebell-goblet-squat", "cable-1-leg-rdl");
        assertThat(item(plan, "kettlebell-goblet-squat").cues())
                .anySatisfy(cue -> assertThat(cue.text()).startsWith("Short foot"));
        assertThat(sessionItems(plan))
                .allSatisfy(item -> assertThat(item.substitutedFor()).isNull());
    }
}
