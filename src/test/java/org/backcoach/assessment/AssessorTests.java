package org.backcoach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.assessment.Intakes.intake;

import org.backcoach.catalog.Region;
import org.backcoach.shared.FieldProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessorTests {

    private final Assessor assessor = new Assessor();

    private Findings assess(Intakes intake) {
        return assessor.assess(intake.build());
    }

    @Nested
    class Safety {

        @ParameterizedTest
        @EnumSource(RedFlag.class)
        void anyRedFlagSendsToAClinician_R_SAFE_1(RedFlag flag) {
            var findings = assess(intake().redFlags(flag));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.SEE_CLINICIAN);
            assertThat(findings.notices()).anySatisfy(notice -> {
                assertThat(notice.rule()).isEqualTo(Rule.SAFE_1);
                assertThat(notice.message()).contains(Wording.redFlag(flag));
            });
        }

        @Test
        void redFlagsOutrankMissingClearance_R_SAFE_1() {
            var findings = assess(intake().redFlags(RedFlag.FEVER).clearance(false));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.SEE_CLINICIAN);
        }

        @Test
        void nerveSignsAskForUrgentCare_R_SAFE_1() {
            var findings = assess(intake().redFlags(RedFlag.SADDLE_NUMBNESS));

            assertThat(findings.notices())
                    .anySatisfy(notice -> assertThat(notice.message()).contains("urgent"));
        }

        @Test
        void withholdsExerciseWithoutMedicalClearance_R_SAFE_2() {
            var findings = assess(intake().clearance(false));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.NEEDS_CLEARANCE);
            assertThat(findings.notices()).extracting(Notice::rule).contains(Rule.SAFE_2);
        }

        @ParameterizedTest
        @EnumSource(Condition.class)
        void notesEachConditionAndStillNeedsClearance_R_SAFE_3(Condition condition) {
            var cleared = assess(intake().conditions(condition));
            var notCleared = assess(intake().conditions(condition).clearance(false));

            assertThat(cleared.verdict()).isEqualTo(SafetyVerdict.CLEAR);
            assertThat(cleared.notices()).extracting(Notice::rule).contains(Rule.SAFE_3);
            assertThat(notCleared.verdict()).isEqualTo(SafetyVerdict.NEEDS_CLEARANCE);
            assertThat(notCleared.notices()).extracting(Notice::rule).contains(Rule.SAFE_3, Rule.SAFE_2);
        }

        @Test
        void severePainWithEveryTestPassedSendsToAClinician_R_SAFE_5() {
            var findings = assess(intake().allTestsPassing().pain(Assessor.HIGH_PAIN));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.SEE_CLINICIAN);
            assertThat(findings.notices()).extracting(Notice::rule).contains(Rule.SAFE_5);
        }

        @Test
        void moderatePainWithEveryTestPassedMayTrain_R_SAFE_5() {
            var findings = assess(intake().allTestsPassing().pain(Assessor.HIGH_PAIN - 1));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.CLEAR);
        }

        @Test
        void severePainWithTestsStillToTakeAsksToFinishThemFirst_R_SAFE_5() {
            var findings = assess(intake().core(Intakes.corePassing()).pain(8));

            assertThat(findings.verdict()).isEqualTo(SafetyVerdict.CLEAR);
            assertThat(findings.notices()).extracting(Notice::rule).contains(Rule.SAFE_5);
        }

        @Test
        void aClearedPersonIsToldToStopWhatHurts_R_SAFE_4() {
            var findings = assess(intake());

            assertThat(findings.notices()).extracting(Notice::rule).contains(Rule.SAFE_4);
        }

        @Test
        void everyAssessmentSaysItIsNotADiagnosis_R_NO_DIAGNOSIS() {
            assertThat(assess(intake()).notices()).extracting(Notice::rule).contains(Rule.NO_DIAGNOSIS);
            assertThat(assess(intake().redFlags(RedFlag.TRAUMA)).notices())
                    .extracting(Notice::rule)
                    .contains(Rule.NO_DIAGNOSIS);
        }
    }

    @Nested
    class Staging {

        @Test
        void highPainStartsAsBeginner_R_STAGE() {
            assertThat(assess(intake().pain(Assessor.HIGH_PAIN)).stage()).isEqualTo(Stage.BEGINNER);
        }

        @Test
        void eachBeginnerSignOnItsOwnMakesABeginner_R_STAGE() {
            assertThat(assess(intake().nightWaking(NightWaking.OFTEN)).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().radiatingPain()).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().hardToMove()).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().fearOfMovement()).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().mobility(Mobility.RESTRICTED)).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().justOutOfTherapy()).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().notExercising()).stage()).isEqualTo(Stage.BEGINNER);
            assertThat(assess(intake().conditions(Condition.RECENT_BACK_SURGERY))
                            .stage())
                    .isEqualTo(Stage.BEGINNER);
        }

        @Test
        void lowToModeratePainWithSomeStiffnessIsIntermediate_R_STAGE() {
            var findings = assess(intake().pain(5));

            assertThat(findings.stage()).isEqualTo(Stage.INTERMEDIATE);
            assertThat(findings.stageReasons()).isNotEmpty();
        }

        @Test
        void lowPainAndFreeMovementIsAdvanced_R_STAGE() {
            assertThat(assess(intake().advanced()).stage()).isEqualTo(Stage.ADVANCED);
        }

        @Test
        void anExperiencedExerciserWithLowPainIsAdvanced_R_STAGE() {
            assertThat(assess(intake().experienced().pain(3)).stage()).isEqualTo(Stage.ADVANCED);
            assertThat(assess(intake().experienced().pain(4)).stage()).isEqualTo(Stage.INTERMEDIATE);
        }

        @Test
        void painSignsOutrankExperience_R_STAGE() {
            assertThat(assess(intake().experienced().pain(1).radiatingPain()).stage())
                    .isEqualTo(Stage.BEGINNER);
        }
    }

    @Nested
    class Regions {

        @Test
        void skippedTestsAreNotAssessed() {
            var findings = assess(intake());

            assertThat(findings.regions()).extracting(RegionResult::result).containsOnly(RegionStatus.NOT_ASSESSED);
            assertThat(findings.regions()).extracting(RegionResult::region).containsExactly(Region.values());
        }

        @Test
        void coreFailsOnAnyCompensation_R_CORE() {
            assertThat(core(new Intake.CoreTest(true, false, false, null))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(core(new Intake.CoreTest(false, true, false, null))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(core(new Intake.CoreTest(false, false, true, null))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(core(new Intake.CoreTest(false, false, false, 30))).isEqualTo(RegionStatus.OK);
        }

        @Test
        void plankTimeIsInformativeOnly_R_CORE() {
            var findings = assess(intake().core(new Intake.CoreTest(false, false, false, 130)));

            assertThat(findings.region(Region.CORE).passed()).isTrue();
            assertThat(findings.region(Region.CORE).findings()).anyMatch(text -> text.contains("130 seconds"));
        }

        @Test
        void hipRotationPassesFrom20To40DegreesInclusive_R_HIPS() {
            assertThat(hips(new Intake.HipTest(20, 40, true, true))).isEqualTo(RegionStatus.OK);
            assertThat(hips(new Intake.HipTest(19, 30, true, true))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(hips(new Intake.HipTest(30, 19, true, true))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(hips(new Intake.HipTest(45, 60, true, true))).isEqualTo(RegionStatus.OK);
        }

        @Test
        void hipExtensionFailsWhenAKneeStaysAtOrAboveParallel_R_HIPS() {
            assertThat(hips(new Intake.HipTest(30, 30, false, true))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(hips(new Intake.HipTest(30, 30, true, false))).isEqualTo(RegionStatus.NEEDS_WORK);
        }

        @Test
        void feetFailWhenFlatSittingOrTheArchCollapsesStanding_R_FEET() {
            assertThat(feet(new Intake.FootTest(true, false, false, false, null, null, null)))
                    .isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(feet(new Intake.FootTest(false, true, false, false, null, null, null)))
                    .isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(feet(new Intake.FootTest(false, false, false, false, null, null, null)))
                    .isEqualTo(RegionStatus.OK);
        }

        @Test
        void footNotesExplainBoneStructureAndKneeAlignment_R_FEET() {
            var alwaysFlat = assess(intake().feet(new Intake.FootTest(true, true, true, true, null, null, null)));
            var weakened = assess(intake().feet(new Intake.FootTest(false, true, false, false, null, null, null)));

            assertThat(alwaysFlat.region(Region.FEET).findings())
                    .anyMatch(text -> text.contains("how your feet are built"))
                    .anyMatch(text -> text.contains("kneecaps"));
            assertThat(weakened.region(Region.FEET).findings()).anyMatch(text -> text.contains("trained back"));
        }

        @Test
        void aMissedToeDrillIsFlaggedButATestNotTriedIsNot_R_FEET() {
            var missed = assess(intake().feet(new Intake.FootTest(false, false, false, false, true, false, null)));
            var notTried = assess(intake().feet(Intakes.feetPassing()));

            assertThat(missed.toeDrillsMissed()).isTrue();
            assertThat(missed.region(Region.FEET).passed()).isTrue();
            assertThat(notTried.toeDrillsMissed()).isFalse();
        }

        @Test
        void upperBackFailsWhenEitherShoulderStaysOffTheFloor_R_UPPER_BACK() {
            assertThat(upperBack(new Intake.UpperBackTest(true, true))).isEqualTo(RegionStatus.OK);
            assertThat(upperBack(new Intake.UpperBackTest(false, true))).isEqualTo(RegionStatus.NEEDS_WORK);
            assertThat(upperBack(new Intake.UpperBackTest(true, false))).isEqualTo(RegionStatus.NEEDS_WORK);
        }

        private RegionStatus core(Intake.CoreTest test) {
            return assess(intake().core(test)).region(Region.CORE).result();
        }

        private RegionStatus hips(Intake.HipTest test) {
            return assess(intake().hips(test)).region(Region.HIPS).result();
        }

        private RegionStatus feet(Intake.FootTest test) {
            return assess(intake().feet(test)).region(Region.FEET).result();
        }

        private RegionStatus upperBack(Intake.UpperBackTest test) {
            return assess(intake().upperBack(test)).region(Region.UPPER_BACK).result();
        }
    }

    @Test
    void refusesAnInvalidIntake() {
        assertThatThrownBy(() -> assess(intake().pain(11)))
                .isInstanceOfSatisfying(
                        InvalidIntakeException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("symptoms.painNow"));
    }

    @Test
    void everyRuleCitesKnownSources() {
        for (var rule : Rule.values()) {
            assertThat(rule.sources()).as(rule.id()).isNotEmpty();
            assertThat(Rule.byId(rule.id())).contains(rule);
        }
    }
}
