package org.backcoach.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.coreFailing;
import static org.backcoach.assessment.Intakes.corePassing;
import static org.backcoach.assessment.Intakes.intake;
import static org.backcoach.planning.PlannerTests.CATALOG;
import static org.backcoach.planning.PlannerTests.ids;
import static org.backcoach.planning.PlannerTests.sessionItems;

import java.util.ArrayList;
import java.util.Map;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intakes;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.VariantKind;
import org.junit.jupiter.api.Test;

/**
 * R-SAFE-6 on a catalogue where the McGill curl-up is marked as a double-leg raise, since the shipped
 * catalogue prescribes none.
 */
class DoubleLegRaiseTests {

    private static Plan plan(Catalog catalog, Intakes intake) {
        return new Planner(catalog).plan(new Assessor().assess(intake.build()));
    }

    private static Catalog withMcGillAsDoubleLegRaise(Map<VariantKind, String> variants) {
        var exercises = new ArrayList<Exercise>();
        for (var exercise : CATALOG.exercises()) {
            exercises.add(
                    exercise.id().equals("mcgill-curl-up")
                            ? new Exercise(
                                    exercise.id(),
                                    exercise.name(),
                                    exercise.regions(),
                                    exercise.kind(),
                                    exercise.equipment(),
                                    exercise.position(),
                                    exercise.segment(),
                                    exercise.pattern(),
                                    exercise.unilateral(),
                                    exercise.loaded(),
                                    true,
                                    exercise.steps(),
                                    exercise.cues(),
                                    variants)
                            : exercise);
        }
        return new Catalog(exercises, CATALOG.program());
    }

    @Test
    void aWeakBackGetsTheRegressionInstead_R_SAFE_6() {
        var catalog = withMcGillAsDoubleLegRaise(Map.of(VariantKind.REGRESSION, "bird-dog"));

        var plan = plan(catalog, intake().core(coreFailing()).gym());

        assertThat(ids(sessionItems(plan))).doesNotContain("mcgill-curl-up");
        assertThat(sessionItems(plan))
                .anySatisfy(item -> assertThat(item.substitutedFor())
                        .isNotNull()
                        .satisfies(substitution -> {
                            assertThat(substitution.exerciseId()).isEqualTo("mcgill-curl-up");
                            assertThat(substitution.rule()).isEqualTo(Rule.SAFE_6);
                        }));
    }

    @Test
    void aWeakBackWithNoSafeStandInSkipsItWithANotice_R_SAFE_6() {
        var plan =
                plan(withMcGillAsDoubleLegRaise(Map.of()), intake().beginner().core(corePassing()));

        assertThat(ids(sessionItems(plan))).doesNotContain("mcgill-curl-up");
        assertThat(plan.notices()).extracting(Notice::rule).contains(Rule.SAFE_6);
    }

    @Test
    void aStrongBackMayDoIt_R_SAFE_6() {
        var plan = plan(
                withMcGillAsDoubleLegRaise(Map.of()),
                intake().advanced().core(corePassing()).gym());

        assertThat(ids(sessionItems(plan))).contains("mcgill-curl-up");
    }
}
