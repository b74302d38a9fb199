package org.backcoach.assessment;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.intake;

import java.util.List;
import org.backcoach.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class IntakeValidatorTests {

    private static List<String> badFields(Intakes intake) {
        return IntakeValidator.validate(intake.build()).stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void acceptsACompleteIntake() {
        assertThat(badFields(intake().allTestsPassing())).isEmpty();
    }

    @Test
    void defaultsTrainingDaysToMondayWednesdayFriday() {
        assertThat(intake().build().trainingDays()).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
    }

    @Test
    void namesEveryMissingRequiredField() {
        var intake = intake().clearance(null).pain(null).nightWaking(null).mobility(null);

        assertThat(badFields(intake))
                .containsExactlyInAnyOrder(
                        "safety.medicalClearance", "symptoms.painNow", "symptoms.nightWaking", "symptoms.mobility");
    }

    @Test
    void painRunsFromZeroToTen() {
        assertThat(badFields(intake().pain(0))).isEmpty();
        assertThat(badFields(intake().pain(10))).isEmpty();
        assertThat(badFields(intake().pain(-1))).containsExactly("symptoms.painNow");
        assertThat(badFields(intake().pain(11))).containsExactly("symptoms.painNow");
    }

    @Test
    void hipRotationRunsFromZeroToNinetyAndEverySideIsRequired() {
        assertThat(badFields(intake().hips(new Intake.HipTest(91, -1, null, true))))
                .containsExactlyInAnyOrder(
                        "assessments.hips.internalRotationLeft",
                        "assessments.hips.internalRotationRight",
                        "assessments.hips.extensionKneeBelowParallelLeft");
    }

    @Test
    void upperBackNeedsBothSides() {
        assertThat(badFields(intake().upperBack(new Intake.UpperBackTest(null, true))))
                .containsExactly("assessments.upperBack.shoulderReachesFloorLeft");
    }

    @Test
    void plankSecondsCannotBeNegative() {
        assertThat(badFields(intake().core(new Intake.CoreTest(false, false, false, -5))))
                .containsExactly("assessments.core.plankSeconds");
    }

    @Test
    void trainingDaysAreOneToThreeDistinctDaysWithRestBetween() {
        assertThat(badFields(intake().days(TUESDAY))).isEmpty();
        assertThat(badFields(intake().days(TUESDAY, THURSDAY, SATURDAY))).isEmpty();
        assertThat(badFields(intake().days())).containsExactly("trainingDays");
        assertThat(badFields(intake().days(MONDAY, WEDNESDAY, FRIDAY, SUNDAY))).containsExactly("trainingDays");
        assertThat(badFields(intake().days(MONDAY, TUESDAY))).containsExactly("trainingDays");
        assertThat(badFields(intake().days(MONDAY, MONDAY))).containsExactly("trainingDays");
    }

    @Test
    void sundayAndMondayAreAdjacent() {
        var problems = IntakeValidator.validate(
                intake().days(SUNDAY, WEDNESDAY, MONDAY).build());

        assertThat(problems)
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("SUNDAY and MONDAY"));
    }
}
