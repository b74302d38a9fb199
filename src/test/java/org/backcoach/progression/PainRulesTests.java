package org.backcoach.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.CatalogLoader;
import org.backcoach.catalog.Equipment;
import org.backcoach.progression.PainRules.PainCheck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PainRulesTests {

    static final Catalog CATALOG = CatalogLoader.loadDefault();

    private final PainRules rules = new PainRules(CATALOG::find);

    private PainCheck check(String exerciseId, Set<Equipment> owned, int start, int before, int now) {
        return new PainCheck(CATALOG.exercise(exerciseId), owned, start, before, now);
    }

    @Nested
    class DuringAnExercise {

        @Test
        void painThatDoesNotRiseNeedsNoAdvice_R_SAFE_4() {
            assertThat(rules.afterSet(check("glute-bridge", Set.of(), 3, 3, 3))).isEmpty();
            assertThat(rules.afterSet(check("glute-bridge", Set.of(), 3, 4, 2))).isEmpty();
        }

        @Test
        void aLowerBodyExerciseThatHurtsBecomesItsOneLegVersion_R_SUBSTITUTE() {
            var advice = rules.afterSet(check("kettlebell-deadlift-1-bell", Set.of(Equipment.KETTLEBELL), 2, 2, 3))
                    .orElseThrow();

            assertThat(advice.action()).isEqualTo(PainAdvice.Action.SUBSTITUTE);
            assertThat(advice.substitute()).isEqualTo("1-leg-romanian-deadlift");
            assertThat(advice.rule()).isEqualTo(Rule.SUBSTITUTE);
            assertThat(advice.message()).contains("1-Leg Romanian Deadlift");
        }

        @Test
        void anUpperBodyExerciseThatHurtsBecomesItsHalfKneelingVersion_R_SUBSTITUTE() {
            var advice = rules.afterSet(check(
                            "smith-machine-pushup", Set.of(Equipment.SMITH_MACHINE, Equipment.CABLE_MACHINE), 1, 1, 2))
                    .orElseThrow();

            assertThat(advice.action()).isEqualTo(PainAdvice.Action.SUBSTITUTE);
            assertThat(advice.substitute()).isEqualTo("cable-half-kneeling-1-arm-chest-press");
        }

        @Test
        void theHalfKneelingVersionComesInItsHomeFormWithoutACable_R_SUBSTITUTE_R_EQUIPMENT() {
            var advice = rules.afterSet(check(
                            "smith-machine-pushup",
                            Set.of(Equipment.SMITH_MACHINE, Equipment.RESISTANCE_BAND),
                            1,
                            1,
                            2))
                    .orElseThrow();

            assertThat(advice.substitute()).isEqualTo("resistance-band-half-kneeling-1-arm-chest-press");
        }

        @Test
        void withNothingThatFitsTheExerciseIsSkipped_R_SUBSTITUTE() {
            var trunk = rules.afterSet(check("bird-dog", Set.of(), 2, 2, 4)).orElseThrow();
            var noKit = rules.afterSet(check("smith-machine-pushup", Set.of(Equipment.SMITH_MACHINE), 1, 1, 2))
                    .orElseThrow();

            assertThat(trunk.action()).isEqualTo(PainAdvice.Action.SKIP);
            assertThat(trunk.substitute()).isNull();
            assertThat(trunk.rule()).isEqualTo(Rule.SAFE_4);
            assertThat(noKit.action()).isEqualTo(PainAdvice.Action.SKIP);
        }

        @Test
        void aSubstituteThatHurtsTooIsSkipped_R_SUBSTITUTE() {
            var advice = rules.afterSet(check("1-leg-romanian-deadlift", Set.of(), 2, 2, 3))
                    .orElseThrow();

            assertThat(advice.action()).isEqualTo(PainAdvice.Action.SKIP);
        }
    }

    @Nested
    class EndingTheSession {

        @Test
        void painOfSevenEndsTheSession_R_PAIN_STOP() {
            var advice =
                    rules.afterSet(check("glute-bridge", Set.of(), 6, 6, 7)).orElseThrow();

            assertThat(advice.action()).isEqualTo(PainAdvice.Action.END_SESSION);
            assertThat(advice.rule()).isEqualTo(Rule.PAIN_STOP);
            assertThat(advice.message()).contains("clinician");
        }

        @Test
        void threePointsAboveTheStartEndsTheSession_R_PAIN_STOP() {
            assertThat(rules.afterSet(check("glute-bridge", Set.of(), 1, 3, 4))
                            .orElseThrow()
                            .action())
                    .isEqualTo(PainAdvice.Action.END_SESSION);
            assertThat(rules.afterSet(check("glute-bridge", Set.of(), 1, 2, 3))
                            .orElseThrow()
                            .action())
                    .isEqualTo(PainAdvice.Action.SUBSTITUTE);
        }

        @Test
        void painAlreadyAtSevenEndsTheSessionEvenWithoutARise_R_PAIN_STOP() {
            assertThat(rules.afterSet(check("glute-bridge", Set.of(), 7, 7, 7))
                            .orElseThrow()
                            .action())
                    .isEqualTo(PainAdvice.Action.END_SESSION);
        }
    }

    @Nested
    class AcrossSessions {

        @Test
        void painRisingThreeSessionsInARowCallsForAClinician_R_PAIN_TREND() {
            assertThat(rules.risingAcrossSessions(List.of(2, 3, 4))).isTrue();
            assertThat(rules.risingAcrossSessions(List.of(5, 1, 2, 3))).isTrue();
            assertThat(PainRules.trendMessage()).contains("clinician");
        }

        @Test
        void aFlatOrFallingSessionBreaksTheTrend_R_PAIN_TREND() {
            assertThat(rules.risingAcrossSessions(List.of(2, 3, 3))).isFalse();
            assertThat(rules.risingAcrossSessions(List.of(2, 4, 3))).isFalse();
            assertThat(rules.risingAcrossSessions(List.of(1, 2, 3, 2))).isFalse();
        }

        @Test
        void twoSessionsAreNotYetATrend_R_PAIN_TREND() {
            assertThat(rules.risingAcrossSessions(List.of(2, 5))).isFalse();
            assertThat(rules.risingAcrossSessions(List.of())).isFalse();
        }
    }
}
