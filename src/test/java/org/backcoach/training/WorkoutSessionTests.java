package org.backcoach.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.CatalogLoader;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Range;
import org.backcoach.progression.PainAdvice;
import org.backcoach.progression.PainRules;
import org.junit.jupiter.api.Test;

/** The session aggregate on its own: its guarded state changes and how it reads pain. */
class WorkoutSessionTests {

    static final Catalog CATALOG = CatalogLoader.loadDefault();
    static final Instant NINE = Instant.parse("2026-03-04T09:00:00Z");
    static final Set<Equipment> KIT = Set.of(Equipment.KETTLEBELL);

    private final PainRules rules = new PainRules(CATALOG::find);

    private static WorkoutSession session(Integer startingPain) {
        var squat = new WorkoutItem(
                "kettlebell-deadlift-1-bell",
                "Kettlebell Deadlift (1 bell)",
                Range.of(2, 3),
                Dose.reps(10, 12),
                null,
                null,
                List.of(),
                null);
        var block = new WorkoutBlock(WorkoutBlock.Kind.CIRCUIT, "Circuit 1", false, Range.of(2, 3), 60, List.of(squat));
        return WorkoutSession.start(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                LocalDate.of(2026, 3, 4),
                "Total Body 1",
                List.of(block),
                startingPain,
                NINE);
    }

    private WorkoutSession.Logged log(WorkoutSession session, String exerciseId, int number, int pain, Instant at) {
        return session.log(
                new SetEntry(exerciseId, number, 10, null, 16.0, 3, pain),
                CATALOG.exercise(exerciseId),
                KIT,
                rules,
                UUID.randomUUID(),
                at);
    }

    @Test
    void onlyASessionInProgressCompletes() {
        var session = session(2);
        session.complete(NINE.plusSeconds(600));

        assertThat(session.status()).isEqualTo(WorkoutStatus.COMPLETED);
        assertThatThrownBy(() -> session.complete(NINE.plusSeconds(700))).isInstanceOf(WorkoutConflictException.class);
        assertThatThrownBy(() -> log(session, "kettlebell-deadlift-1-bell", 1, 2, NINE.plusSeconds(800)))
                .isInstanceOf(WorkoutConflictException.class);
    }

    @Test
    void theSameSetNumberReplacesTheSetAndKeepsItsId() {
        var session = session(2);
        var first = log(session, "kettlebell-deadlift-1-bell", 1, 2, NINE.plusSeconds(60));
        var again = log(session, "kettlebell-deadlift-1-bell", 1, 2, NINE.plusSeconds(90));

        assertThat(again.replaced()).isTrue();
        assertThat(again.set().id()).isEqualTo(first.set().id());
        assertThat(session.sets()).hasSize(1);
    }

    @Test
    void painIsReadAgainstTheSetBefore_R_SAFE_4() {
        var session = session(2);
        log(session, "kettlebell-deadlift-1-bell", 1, 3, NINE.plusSeconds(60));
        var swapped = session.adaptations();

        assertThat(swapped).singleElement().satisfies(adaptation -> {
            assertThat(adaptation.action()).isEqualTo(PainAdvice.Action.SUBSTITUTE);
            assertThat(adaptation.substitute()).isEqualTo("1-leg-romanian-deadlift");
        });
        assertThat(session.stopped("kettlebell-deadlift-1-bell")).isTrue();
        assertThat(session.exerciseIds()).contains("1-leg-romanian-deadlift");
        assertThat(log(session, "1-leg-romanian-deadlift", 1, 3, NINE.plusSeconds(120))
                        .adaptation())
                .as("the same pain as the set before is not a new rise")
                .isEmpty();
    }

    @Test
    void aStoppedExerciseTakesNoMoreSets_R_SUBSTITUTE() {
        var session = session(2);
        log(session, "kettlebell-deadlift-1-bell", 1, 4, NINE.plusSeconds(60));

        assertThatThrownBy(() -> log(session, "kettlebell-deadlift-1-bell", 2, 2, NINE.plusSeconds(120)))
                .isInstanceOf(WorkoutConflictException.class)
                .hasMessageContaining("Exercise stopped");
    }

    @Test
    void threePointsAboveTheStartEndTheSession_R_PAIN_STOP() {
        var session = session(1);
        log(session, "kettlebell-deadlift-1-bell", 1, 1, NINE.plusSeconds(60));
        var ended = log(session, "kettlebell-deadlift-1-bell", 2, 4, NINE.plusSeconds(120));

        assertThat(ended.adaptation().orElseThrow().action()).isEqualTo(PainAdvice.Action.END_SESSION);
        assertThat(ended.status()).isEqualTo(WorkoutStatus.ENDED_EARLY);
        assertThat(session.finishedAt()).isPresent();
    }

    @Test
    void withoutAStartingPainTheFirstSetSetsTheBaseline_R_PAIN_STOP() {
        var session = session(null);
        assertThat(log(session, "kettlebell-deadlift-1-bell", 1, 5, NINE.plusSeconds(60))
                        .adaptation())
                .isEmpty();
        assertThat(log(session, "kettlebell-deadlift-1-bell", 2, 8, NINE.plusSeconds(120))
                        .status())
                .isEqualTo(WorkoutStatus.ENDED_EARLY);
    }

    @Test
    void aClockThatStandsStillStillKeepsTheSetsInOrder() {
        var session = session(2);
        log(session, "kettlebell-deadlift-1-bell", 1, 2, NINE);
        log(session, "kettlebell-deadlift-1-bell", 2, 2, NINE);

        assertThat(session.sets().get(1).loggedAt())
                .isAfter(session.sets().get(0).loggedAt());
        assertThat(session.hurt(session.sets().get(1))).isFalse();
    }

    @Test
    void anExerciseOutsideTheSessionIsRefused() {
        var session = session(2);

        assertThatThrownBy(() -> log(session, "glute-bridge", 1, 2, NINE)).isInstanceOf(WorkoutConflictException.class);
    }

    @Test
    void notesAreKeptTrimmedAndLongOnesRefused() {
        var session = session(2);
        session.notes("  Felt good.  ");

        assertThat(session.notes()).contains("Felt good.");
        assertThatThrownBy(() -> session.notes("x".repeat(WorkoutSession.MAX_NOTES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
