package org.backcoach.planning;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.coreFailing;
import static org.backcoach.assessment.Intakes.corePassing;
import static org.backcoach.assessment.Intakes.feetFailing;
import static org.backcoach.assessment.Intakes.hipsFailing;
import static org.backcoach.assessment.Intakes.intake;
import static org.backcoach.assessment.Intakes.upperBackFailing;

import java.util.List;
import java.util.stream.Stream;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.Intakes;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.RedFlag;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.CatalogLoader;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlannerTests {

    static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final Planner PLANNER = new Planner(CATALOG);
    private static final Assessor ASSESSOR = new Assessor();

    static Plan plan(Intakes intake) {
        return plan(intake.build());
    }

    static Plan plan(Intake intake) {
        return PLANNER.plan(ASSESSOR.assess(intake));
    }

    static Stream<Plan.Item> allItems(Plan plan) {
        var series = plan.dailySeries() == null ? Stream.<Plan.Item>empty() : plan.dailySeries().items().stream();
        var strength = plan.strength() == null
                ? Stream.<Plan.Item>empty()
                : plan.strength().sessions().stream()
                        .flatMap(session -> Stream.concat(
                                session.warmUp().stream(),
                                session.circuits().stream().flatMap(circuit -> circuit.items().stream())));
        return Stream.concat(series, strength);
    }

    static Stream<Plan.Item> sessionItems(Plan plan) {
        return plan.strength().sessions().stream()
                .flatMap(session -> session.circuits().stream())
                .flatMap(circuit -> circuit.items().stream());
    }

    static List<String> ids(Stream<Plan.Item> items) {
        return items.map(Plan.Item::exerciseId).toList();
    }

    @Nested
    class Safety {

        @Test
        void aRedFlagGivesNoExercisesOnlyTheWayToAClinician_R_SAFE_1() {
            var plan = plan(intake().redFlags(RedFlag.TRAUMA).gym().core(coreFailing()));

            assertThat(plan.status()).isEqualTo(PlanStatus.SEE_CLINICIAN);
            assertThat(plan.habits()).isEmpty();
            assertThat(plan.dailySeries()).isNull();
            assertThat(plan.strength()).isNull();
            assertThat(plan.notices()).extracting(Notice::rule).contains(Rule.SAFE_1);
            assertThat(plan.rationale()).extracting(Plan.Reason::rule).contains(Rule.SAFE_1);
        }

        @Test
        void withdrawsPlanWithoutMedicalClearance_R_SAFE_2() {
            var plan = plan(intake().clearance(false).core(coreFailing()));

            assertThat(plan.status()).isEqualTo(PlanStatus.NEEDS_CLEARANCE);
            assertThat(plan.dailySeries()).isNull();
            assertThat(plan.strength()).isNull();
            assertThat(plan.habits()).isEmpty();
        }

        @Test
        void aClearedConditionIsNotedOnTheReadyPlan_R_SAFE_3() {
            var plan = plan(intake().conditions(org.backcoach.assessment.Condition.SCOLIOSIS));

            assertThat(plan.status()).isEqualTo(PlanStatus.READY);
            assertThat(plan.notices()).anySatisfy(notice -> {
                assertThat(notice.rule()).isEqualTo(Rule.SAFE_3);
                assertThat(notice.message()).contains("scoliosis");
            });
        }

        @Test
        void theStrengthGuidelinesOpenWithIfItHurtsDontDoIt_R_SAFE_4() {
            var plan = plan(intake());

            assertThat(plan.strength().guidelines().get(0).rule()).isEqualTo(Rule.SAFE_4);
            assertThat(plan.notices()).extracting(Notice::rule).contains(Rule.SAFE_4);
        }

        @Test
        void severePainWithEveryTestPassedGivesNoExercises_R_SAFE_5() {
            var plan = plan(intake().allTestsPassing().pain(8));

            assertThat(plan.status()).isEqualTo(PlanStatus.SEE_CLINICIAN);
            assertThat(plan.strength()).isNull();
        }
    }

    @Nested
    class Habits {

        @Test
        void everyRegionThatNeedsWorkGetsItsHabits_R_HABITS() {
            var plan = plan(intake().core(coreFailing()).hips(hipsFailing()).upperBack(upperBackFailing()));

            assertThat(plan.habits())
                    .extracting(Plan.Habit::region)
                    .containsOnly(Region.CORE, Region.HIPS, Region.UPPER_BACK)
                    .contains(Region.CORE, Region.HIPS, Region.UPPER_BACK);
            assertThat(plan.habits()).extracting(Plan.Habit::rule).containsOnly(Rule.HABITS);
        }

        @Test
        void passedAndSkippedRegionsGetNoHabits_R_HABITS() {
            assertThat(plan(intake().core(corePassing())).habits()).isEmpty();
        }

        @Test
        void aMissedToeDrillAddsTheToeDrillHabit_R_FEET() {
            var feet = new Intake.FootTest(false, false, false, false, false, true, true);

            assertThat(plan(intake().feet(feet)).habits()).singleElement().satisfies(habit -> {
                assertThat(habit.id()).isEqualTo("feet-toe-drills");
                assertThat(habit.rule()).isEqualTo(Rule.FEET);
            });
        }
    }

    @Nested
    class DailySeries {

        @Test
        void coreComesFirstWhateverThePersonPicks_R_PRIORITY() {
            var plan = plan(intake().core(coreFailing()).hips(hipsFailing()).focus(Region.HIPS));

            assertThat(plan.dailySeries().region()).isEqualTo(Region.CORE);
            assertThat(reason(plan, Rule.PRIORITY)).contains("hips");
        }

        @Test
        void thePersonsPickLeadsWhenCoreIsFine_R_PRIORITY() {
            var plan = plan(intake().core(corePassing())
                    .hips(hipsFailing())
                    .feet(feetFailing())
                    .focus(Region.FEET));

            assertThat(plan.dailySeries().region()).isEqualTo(Region.FEET);
        }

        @Test
        void withoutAPickHipsComeBeforeFeetAndUpperBack_R_PRIORITY() {
            var plan = plan(
                    intake().upperBack(upperBackFailing()).feet(feetFailing()).hips(hipsFailing()));

            assertThat(plan.dailySeries().region()).isEqualTo(Region.HIPS);
        }

        @Test
        void aPickForARegionThatPassedIsIgnoredAndSaidSo_R_PRIORITY() {
            var plan = plan(intake().upperBack(upperBackFailing()).focus(Region.FEET));

            assertThat(plan.dailySeries().region()).isEqualTo(Region.UPPER_BACK);
            assertThat(reason(plan, Rule.PRIORITY)).contains("You picked the feet");
        }

        @Test
        void nothingFlaggedButNaggingPainStartsTheFootSeries_R_PRIORITY() {
            var plan = plan(intake().allTestsPassing().pain(3));

            assertThat(plan.dailySeries().region()).isEqualTo(Region.FEET);
        }

        @Test
        void nothingFlaggedAndNoPainNeedsNoSeries_R_PRIORITY() {
            var plan = plan(intake().allTestsPassing().pain(0));

            assertThat(plan.status()).isEqualTo(PlanStatus.READY);
            assertThat(plan.dailySeries()).isNull();
            assertThat(reason(plan, Rule.PRIORITY)).contains("back pocket");
        }

        @Test
        void theSeriesFollowsTheRegionsTemplateWithItsDoses_R_SERIES() {
            var plan = plan(intake().hips(hipsFailing()).equipment(Equipment.FOAM_ROLLER));
            var series = plan.dailySeries();

            assertThat(ids(series.items().stream()))
                    .containsExactly(
                            "breathing-reset-supine",
                            "foam-roll-quad",
                            "foam-roll-glute",
                            "static-kneeling-hip-stretch",
                            "static-seated-90-90-stretch-forward-lean",
                            "glute-bridge");
            var bridge = series.items().get(5);
            assertThat(bridge.sets().label()).isEqualTo("1-3");
            assertThat(bridge.dose().label()).isEqualTo("10-12 reps, 6 s hold");
            assertThat(series.estimatedMinutes()).isBetween(5, 10);
        }

        @Test
        void everySeriesOpensWithTheBreathingReset_R_BREATHING() {
            for (var region : List.of(Region.HIPS, Region.FEET, Region.UPPER_BACK)) {
                var plan = plan(intake().focus(region)
                        .hips(hipsFailing())
                        .feet(feetFailing())
                        .upperBack(upperBackFailing())
                        .equipment(Equipment.FOAM_ROLLER, Equipment.LACROSSE_BALL, Equipment.PVC_PIPE));
                var first = plan.dailySeries().items().get(0);
                assertThat(first.exerciseId()).as(region.name()).isEqualTo("breathing-reset-supine");
                assertThat(first.rule()).isEqualTo(Rule.BREATHING);
                assertThat(plan.dailySeries().estimatedMinutes())
                        .as(region.name())
                        .isBetween(5, 10);
            }
        }

        @Test
        void theCoreSeriesHoldsTheWallTestInPlaceOfTheDeadBug_R_CORE_DEADBUG() {
            var plan = plan(intake().core(coreFailing()).equipment(Equipment.FOAM_ROLLER));
            var last = plan.dailySeries().items().get(4);

            assertThat(last.exerciseId()).isEqualTo("wall-test-position-hold");
            assertThat(last.substitutedFor().exerciseId()).isEqualTo("dead-bug-alternating-heel-touch");
            assertThat(last.substitutedFor().rule()).isEqualTo(Rule.CORE_DEADBUG);
            assertThat(ids(allItems(plan)))
                    .doesNotContain("dead-bug-alternating-heel-touch", "resistance-band-dead-bug");
        }

        @Test
        void theDeadBugStaysOnceTheCoreTestPasses_R_CORE_DEADBUG() {
            var plan = plan(intake().core(corePassing()).gym());

            assertThat(ids(plan.strength().sessions().get(0).warmUp().stream()))
                    .contains("dead-bug-alternating-heel-touch");
            assertThat(ids(sessionItems(plan))).contains("resistance-band-dead-bug");
        }
    }

    @Nested
    class Integration {

        @Test
        void standingExercisesCarryTheShortFootCueWhenFeetNeedWork_R_INTEGRATION() {
            var plan = plan(intake().feet(feetFailing()).gym());

            sessionItems(plan).forEach(item -> {
                var standing = CATALOG.exercise(item.exerciseId()).standing();
                assertThat(item.cues().stream().anyMatch(cue -> cue.region() == Region.FEET))
                        .as(item.exerciseId())
                        .isEqualTo(standing);
            });
        }

        @Test
        void halfKneelingAndHingeExercisesCarryTheHipCues_R_INTEGRATION() {
            var plan = plan(intake().hips(hipsFailing()).gym());
            var row = item(plan, "cable-half-kneeling-row");
            var deadlift = item(plan, "kettlebell-deadlift-1-bell");

            assertThat(row.cues()).extracting(Plan.Cue::region).contains(Region.HIPS);
            assertThat(deadlift.cues()).anySatisfy(cue -> assertThat(cue.text()).contains("Squeeze your glutes"));
        }

        @Test
        void everyExerciseCarriesTheCoreCueWhenCoreNeedsWork_R_INTEGRATION() {
            var plan = plan(intake().core(coreFailing()).gym());

            allItems(plan)
                    .forEach(item ->
                            assertThat(item.cues()).extracting(Plan.Cue::region).contains(Region.CORE));
        }

        @Test
        void pressesPullsAndAntiRotationCarryTheUpperBackCues_R_INTEGRATION() {
            var plan = plan(intake().upperBack(upperBackFailing()).gym());

            assertThat(item(plan, "landmine-half-kneeling-1-arm-shoulder-press").cues())
                    .extracting(Plan.Cue::region)
                    .contains(Region.UPPER_BACK);
            assertThat(item(plan, "cable-kneeling-pallof-iso-hold").cues())
                    .anySatisfy(cue -> assertThat(cue.text()).contains("Resist the twist"));
        }

        @Test
        void noCuesWithoutARegionThatNeedsWork_R_INTEGRATION() {
            var plan = plan(intake().allTestsPassing().pain(2).gym());

            allItems(plan).forEach(item -> assertThat(item.cues()).isEmpty());
        }
    }

    @Nested
    class Strength {

        @Test
        void threeSessionsOnTheChosenDaysInOrder_R_STRENGTH() {
            var plan = plan(intake().days(SATURDAY, TUESDAY, THURSDAY).gym());

            assertThat(plan.strength().days()).containsExactly(TUESDAY, THURSDAY, SATURDAY);
            assertThat(plan.strength().sessions())
                    .extracting(Plan.Session::day, Plan.Session::week, Plan.Session::name)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(TUESDAY, 1, "Total Body 1"),
                            org.assertj.core.groups.Tuple.tuple(THURSDAY, 1, "Total Body 2"),
                            org.assertj.core.groups.Tuple.tuple(SATURDAY, 1, "Total Body 3"));
        }

        @Test
        void withFewerDaysTheSessionsRotateAcrossWeeks_R_STRENGTH() {
            var twoDays = plan(intake().days(MONDAY, THURSDAY));
            var oneDay = plan(intake().days(WEDNESDAY));

            assertThat(twoDays.strength().sessions())
                    .extracting(Plan.Session::day, Plan.Session::week)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(MONDAY, 1),
                            org.assertj.core.groups.Tuple.tuple(THURSDAY, 1),
                            org.assertj.core.groups.Tuple.tuple(MONDAY, 2));
            assertThat(oneDay.strength().sessions())
                    .extracting(Plan.Session::week)
                    .containsExactly(1, 2, 3);
            assertThat(reason(twoDays, Rule.STRENGTH)).contains("take turns");
        }

        @Test
        void twoMainCircuitsAndAnOptionalBonusWithSixtySecondsRest_R_STRENGTH() {
            var session = plan(intake().gym()).strength().sessions().get(0);

            assertThat(session.circuits())
                    .extracting(Plan.Circuit::optional, c -> c.rounds().label(), Plan.Circuit::restSeconds)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(false, "2-3", 60),
                            org.assertj.core.groups.Tuple.tuple(false, "2-3", 60),
                            org.assertj.core.groups.Tuple.tuple(true, "1-3", 60));
        }

        @Test
        void everySessionWarmsUpWithTheElevenDrills_R_WARM_UP() {
            var plan = plan(intake().core(corePassing()).gym());

            for (var session : plan.strength().sessions()) {
                assertThat(session.warmUp()).hasSize(11);
                assertThat(session.warmUp()).extracting(Plan.Item::rule).containsOnly(Rule.WARM_UP);
                assertThat(session.warmUp().get(0).exerciseId()).isEqualTo("dynamic-foam-roll-thoracic-extension");
            }
        }

        @Test
        void theCoolDownSuggestsBreathingAndFamiliarMobilityDrills_R_COOL_DOWN() {
            var plan = plan(intake().hips(hipsFailing()).gym());
            var coolDown = plan.strength().sessions().get(0).coolDown();

            assertThat(coolDown.suggestions()).hasSizeBetween(2, 3).startsWith("breathing-reset-supine");
            assertThat(coolDown.suggestions()).contains("static-kneeling-hip-stretch");
            assertThat(coolDown.rule()).isEqualTo(Rule.COOL_DOWN);
        }

        @Test
        void guidelinesCoverFormEffortAndProgression_R_FORM_R_EFFORT_R_PROGRESSION() {
            var plan = plan(intake());

            assertThat(plan.strength().guidelines())
                    .extracting(Plan.Guideline::rule)
                    .containsExactly(Rule.SAFE_4, Rule.INTEGRATION, Rule.FORM, Rule.EFFORT, Rule.PROGRESSION);
            assertThat(plan.strength().guidelines().get(3).text()).contains("2-3 reps in reserve");
            assertThat(plan.rationale()).extracting(Plan.Reason::rule).contains(Rule.EFFORT);
        }
    }

    @Nested
    class Stages {

        @Test
        void beginnersTrainWithBodyweightOnlyAndOpenWithTheGluteBridge_R_STAGE_PROGRAM() {
            var plan = plan(intake().beginner().gym());

            allItems(plan)
                    .forEach(item -> assertThat(
                                    CATALOG.exercise(item.exerciseId()).loaded())
                            .as(item.exerciseId())
                            .isFalse());
            for (var session : plan.strength().sessions()) {
                var opener = session.circuits().get(0).items().get(0);
                assertThat(opener.exerciseId()).isEqualTo("glute-bridge");
                assertThat(opener.dose().label()).isEqualTo("8-15 reps");
                assertThat(opener.rule()).isEqualTo(Rule.STAGE_PROGRAM);
            }
            assertThat(sessionItems(plan))
                    .filteredOn(item -> item.substitutedFor() != null
                            && item.substitutedFor().exerciseId().equals("kettlebell-goblet-squat"))
                    .singleElement()
                    .satisfies(item -> {
                        assertThat(item.exerciseId()).isEqualTo("air-squat");
                        assertThat(item.substitutedFor().rule()).isEqualTo(Rule.STAGE_PROGRAM);
                    });
        }

        @Test
        void intermediatesOpenWithTheBirdDogAndMayUseWeights_R_STAGE_PROGRAM() {
            var plan = plan(intake().pain(4).gym());

            var opener =
                    plan.strength().sessions().get(0).circuits().get(0).items().get(0);
            assertThat(opener.exerciseId()).isEqualTo("bird-dog");
            assertThat(opener.dose().label()).isEqualTo("8-12 reps per side");
            assertThat(ids(sessionItems(plan))).contains("kettlebell-goblet-squat");
        }

        @Test
        void advancedFollowTheFullProgramWithTheKettlebellDeadlift_R_STAGE_PROGRAM() {
            var plan = plan(intake().advanced().gym());

            var totalBody2 = plan.strength().sessions().get(1);
            assertThat(totalBody2.circuits().get(0).items().get(0).exerciseId())
                    .isEqualTo("kettlebell-deadlift-1-bell");
            assertThat(sessionItems(plan))
                    .noneMatch(item -> item.substitutedFor() != null
                            && item.substitutedFor().rule() != Rule.CORE_DEADBUG);
        }
    }

    @Nested
    class Equipment_ {

        @Test
        void atHomeCablesBecomeBands_R_EQUIPMENT() {
            var plan = plan(intake().equipment(Equipment.RESISTANCE_BAND, Equipment.FOAM_ROLLER));
            var row = item(plan, "resistance-band-half-kneeling-row");

            assertThat(row.substitutedFor().exerciseId()).isEqualTo("cable-half-kneeling-row");
            assertThat(row.substitutedFor().rule()).isEqualTo(Rule.EQUIPMENT);
            assertThat(row.substitutedFor().reason()).contains("cable machine");
        }

        @Test
        void withoutAnyKitEveryExerciseIsBodyweight_R_EQUIPMENT() {
            var plan = plan(intake().core(coreFailing()).hips(hipsFailing()));

            allItems(plan)
                    .forEach(item ->
                            assertThat(item.equipment()).as(item.exerciseId()).isEmpty());
        }

        @Test
        void anExerciseWithNoStandInIsDroppedWithANotice_R_EQUIPMENT() {
            var plan = plan(intake().feet(feetFailing()).focus(Region.FEET));

            assertThat(ids(plan.dailySeries().items().stream())).doesNotContain("lacrosse-ball-rolling-foot");
            assertThat(plan.dailySeries().items()).isNotEmpty();
        }

        @Test
        void eachItemListsTheKitItNeeds_R_EQUIPMENT() {
            var plan = plan(intake().gym());

            assertThat(item(plan, "kettlebell-goblet-squat").equipment()).containsExactly(Equipment.KETTLEBELL);
        }
    }

    @Test
    void theRationaleExplainsThePlanWithRulesAndSources() {
        var plan = plan(intake().core(coreFailing()).beginner());

        assertThat(plan.rationale())
                .extracting(Plan.Reason::rule)
                .contains(Rule.STAGE, Rule.STAGE_PROGRAM, Rule.PRIORITY, Rule.HABITS, Rule.STRENGTH, Rule.BREATHING);
        assertThat(plan.rationale()).allSatisfy(reason -> {
            assertThat(reason.source()).isNotBlank();
            assertThat(reason.text()).isNotBlank();
        });
        assertThat(reason(plan, Rule.STAGE)).contains("beginner");
    }

    @Test
    void theSameFindingsAlwaysGiveTheSamePlan() {
        var intake = intake().core(coreFailing()).hips(hipsFailing()).gym().build();

        assertThat(plan(intake)).isEqualTo(plan(intake));
    }

    static Plan.Item item(Plan plan, String exerciseId) {
        return allItems(plan)
                .filter(item -> item.exerciseId().equals(exerciseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + exerciseId + " in " + ids(allItems(plan))));
    }

    static String reason(Plan plan, Rule rule) {
        return plan.rationale().stream()
                .filter(reason -> reason.rule() == rule)
                .map(Plan.Reason::text)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reason for " + rule));
    }
}
