package org.backcoach.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.io.ClassPathResource;

/** The catalogue refuses inconsistent data with a message that names the fault. */
class CatalogTests {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();

    @Test
    void loadsTheShippedCatalogue() {
        assertThat(CATALOG.exercises()).hasSizeGreaterThan(80);
        assertThat(CATALOG.program().sessions()).hasSize(3);
        assertThat(CATALOG.find("kettlebell-deadlift-1-bell")).isPresent();
    }

    @Test
    void refusesADuplicateId() {
        var exercises = new ArrayList<>(CATALOG.exercises());
        exercises.add(CATALOG.exercise("bird-dog"));

        assertThatThrownBy(() -> new Catalog(exercises, CATALOG.program()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("duplicate exercise id 'bird-dog'");
    }

    @Test
    void refusesALinkToAMissingExercise() {
        var exercises = new ArrayList<>(CATALOG.exercises());
        exercises.removeIf(exercise -> exercise.id().equals("bird-dog"));
        exercises.add(withVariants(CATALOG.exercise("bird-dog"), Map.of(VariantKind.REGRESSION, "no-such-move")));

        assertThatThrownBy(() -> new Catalog(exercises, CATALOG.program()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining(
                        "exercise 'bird-dog': REGRESSION variant links to missing exercise 'no-such-move'");
    }

    @Test
    void refusesATemplateNamingAnUnknownExercise() {
        var exercises = new ArrayList<>(CATALOG.exercises());
        exercises.removeIf(exercise -> exercise.id().equals("mcgill-curl-up"));

        assertThatThrownBy(() -> new Catalog(exercises, CATALOG.program()))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("program names unknown exercise 'mcgill-curl-up'");
    }

    @Test
    void refusesAnIdThatIsNotTheSlugOfTheName() {
        var birdDog = CATALOG.exercise("bird-dog");
        var renamed = new Exercise(
                "birddog",
                birdDog.name(),
                birdDog.regions(),
                birdDog.kind(),
                birdDog.equipment(),
                birdDog.position(),
                birdDog.segment(),
                birdDog.pattern(),
                birdDog.unilateral(),
                birdDog.loaded(),
                birdDog.doubleLegRaise(),
                birdDog.steps(),
                birdDog.cues(),
                birdDog.variants());
        var exercises = new ArrayList<>(CATALOG.exercises());
        exercises.add(renamed);

        assertThatThrownBy(() -> new Catalog(exercises, CATALOG.program()))
                .hasMessageContaining("exercise 'birddog': id must be the slug of its name 'Bird Dog'");
    }

    @Test
    void refusesAKeyThatBindsToNothing() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(new ClassPathResource("catalog-faults/typo.yaml"))))
                .isInstanceOf(BindException.class)
                .hasStackTraceContaining("catalog.exercises[0].stepz");
    }

    @Test
    void refusesAnUnknownEnumValueNamingTheProperty() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(new ClassPathResource("catalog-faults/wrong-type.yaml"))))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("catalog.exercises[0].kind");
    }

    @Test
    void slugsFollowTheIdRule() {
        assertThat(Slugs.of("Kettlebell Deadlift (1 bell)")).isEqualTo("kettlebell-deadlift-1-bell");
        assertThat(Slugs.of("Static Seated 90/90 Stretch (Forward Lean)"))
                .isEqualTo("static-seated-90-90-stretch-forward-lean");
        assertThat(Slugs.of("  --Bird   Dog!! ")).isEqualTo("bird-dog");
    }

    private static Exercise withVariants(Exercise exercise, Map<VariantKind, String> variants) {
        return new Exercise(
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
                exercise.doubleLegRaise(),
                exercise.steps(),
                exercise.cues(),
                variants);
    }
}
