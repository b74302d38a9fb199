package org.backcoach.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The shipped catalogue holds what the program and its rules need. */
class CatalogContentTests {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();

    private static List<Exercise> sessionExercises() {
        return CATALOG.program().sessions().stream()
                .flatMap(session -> session.circuits().stream())
                .flatMap(circuit -> circuit.items().stream())
                .map(item -> CATALOG.exercise(item.exercise()))
                .toList();
    }

    @Test
    void theThreeSessionsHoldTheProgramsExercisesInOrder() {
        assertThat(sessionExercises())
                .extracting(Exercise::name)
                .containsExactly(
                        "Kettlebell Goblet Squat",
                        "Cable Half-Kneeling Row",
                        "Side Plank Straight Leg Raise",
                        "Glide Disk Leg Curl",
                        "Smith Machine Pushup",
                        "Resistance Band Dead Bug",
                        "Glide Disk Dumbbell Reverse Lunge",
                        "Cable Half-Kneeling 1-Arm Pulldown",
                        "PVC Kneeling T-Spine Mobilization",
                        "Kettlebell Deadlift (1 bell)",
                        "Cable Half-Kneeling Pulldown (Neutral Grip)",
                        "Cable Kneeling Pallof Iso Hold",
                        "Dumbbell Goblet Stationary Lunge",
                        "Landmine Half-Kneeling 1-Arm Shoulder Press",
                        "Dumbbell 1-Arm Farmer Carry",
                        "1-Leg Glute Bridge",
                        "Cable Half-Kneeling Face Pull",
                        "Dynamic Straight-Leg Quadruped Thoracic Rotation",
                        "Dumbbell Step Up",
                        "TRX Recline Row",
                        "Resistance Band Standing Rotation",
                        "Cable 1-Leg RDL",
                        "Cable Half-Kneeling 1-Arm Chest Press",
                        "McGill Curl Up",
                        "Dumbbell Goblet Lateral Lunge",
                        "Resistance Band Pull Apart",
                        "Calf Raise");
    }

    @Test
    void everyLoadedExerciseHasABodyweightStandIn_R_STAGE_PROGRAM() {
        CATALOG.exercises().stream()
                .filter(Exercise::loaded)
                .forEach(exercise -> assertThat(standIn(exercise, candidate -> !candidate.loaded()))
                        .as("bodyweight stand-in for %s", exercise.id())
                        .isPresent());
    }

    @Test
    void everyCableExerciseHasABandVersionForHome_R_EQUIPMENT() {
        CATALOG.exercises().stream()
                .filter(exercise -> exercise.equipment().contains(Equipment.CABLE_MACHINE))
                .forEach(exercise -> {
                    var home = exercise.variant(VariantKind.HOME).map(CATALOG::exercise);
                    assertThat(home).as("home version of %s", exercise.id()).isPresent();
                    assertThat(home.get().equipment()).containsOnly(Equipment.RESISTANCE_BAND);
                });
    }

    @Test
    void everyExerciseNeedingKitCanFallBackToNoKitOrIsRecordedAsDropped_R_EQUIPMENT() {
        var withoutFallback = CATALOG.exercises().stream()
                .filter(exercise -> !exercise.equipment().isEmpty())
                .filter(exercise -> standIn(
                                exercise, candidate -> candidate.equipment().isEmpty())
                        .isEmpty())
                .map(Exercise::id)
                .toList();

        assertThat(withoutFallback).isEmpty();
    }

    @Test
    void painfulSessionExercisesHaveTheirHalfKneelingOrOneLegVersion_R_SUBSTITUTE() {
        for (var exercise : sessionExercises()) {
            if (exercise.segment() == BodySegment.UPPER && exercise.position() != BodyPosition.HALF_KNEELING) {
                assertThat(exercise.variant(VariantKind.HALF_KNEELING))
                        .as("half-kneeling version of %s", exercise.id())
                        .isPresent();
            }
            if (exercise.segment() == BodySegment.LOWER && !exercise.unilateral()) {
                assertThat(exercise.variant(VariantKind.ONE_LEG))
                        .as("one-leg version of %s", exercise.id())
                        .isPresent();
            }
        }
    }

    @Test
    void variantsKeepTheirPromises() {
        for (var exercise : CATALOG.exercises()) {
            exercise.variant(VariantKind.BODYWEIGHT)
                    .map(CATALOG::exercise)
                    .ifPresent(variant -> assertThat(variant.loaded())
                            .as("bodyweight variant of %s", exercise.id())
                            .isFalse());
            exercise.variant(VariantKind.HALF_KNEELING)
                    .map(CATALOG::exercise)
                    .ifPresent(variant -> assertThat(variant.position())
                            .as("half-kneeling variant of %s", exercise.id())
                            .isEqualTo(BodyPosition.HALF_KNEELING));
            exercise.variant(VariantKind.ONE_LEG)
                    .map(CATALOG::exercise)
                    .ifPresent(variant -> assertThat(variant.unilateral())
                            .as("one-leg variant of %s", exercise.id())
                            .isTrue());
        }
    }

    @Test
    void theWallTestHoldReplacesBothDeadBugs_R_CORE_DEADBUG() {
        var rule = CATALOG.program().deadBug();

        assertThat(rule.replaces())
                .containsExactlyInAnyOrder("dead-bug-alternating-heel-touch", "resistance-band-dead-bug");
        assertThat(CATALOG.exercise(rule.with()).name()).isEqualTo("Wall-Test Position Hold");
    }

    @Test
    void everyRegionHasHabitsAFiveItemSeriesAndIntegrationCues() {
        for (var region : Region.values()) {
            var program = CATALOG.program().region(region);
            assertThat(program.habits()).as("habits of %s", region).isNotEmpty();
            assertThat(program.series()).as("series of %s", region).hasSize(5);
            assertThat(program.integration()).as("cues of %s", region).isNotEmpty();
        }
    }

    private static Optional<Exercise> standIn(Exercise exercise, Predicate<Exercise> acceptable) {
        var queue = new ArrayDeque<Exercise>(List.of(exercise));
        var seen = new HashSet<String>();
        while (!queue.isEmpty()) {
            var current = queue.poll();
            if (!seen.add(current.id())) {
                continue;
            }
            if (current != exercise && acceptable.test(current)) {
                return Optional.of(current);
            }
            current.variants().values().stream().map(CATALOG::exercise).forEach(queue::add);
        }
        return Optional.empty();
    }
}
