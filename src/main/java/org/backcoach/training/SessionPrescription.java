package org.backcoach.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.Range;
import org.backcoach.planning.Plan;

/**
 * Turns the plan's session into the blocks the person goes through that day, with their own targets
 * in place of the plan's starting dose where progression has moved them.
 */
final class SessionPrescription {

    /** The cool-down is a couple of easy rounds of one or two favourites. */
    static final Range COOL_DOWN_ROUNDS = Range.of(1, 2);

    private final Catalog catalog;

    SessionPrescription(Catalog catalog) {
        this.catalog = catalog;
    }

    List<WorkoutBlock> blocks(Plan.Session session, Map<String, ExerciseTarget> targets) {
        var blocks = new ArrayList<WorkoutBlock>();
        blocks.add(new WorkoutBlock(
                WorkoutBlock.Kind.WARM_UP,
                "Warm-up",
                false,
                Range.exactly(1),
                0,
                session.warmUp().stream().map(item -> item(item, Map.of())).toList()));
        for (var circuit : session.circuits()) {
            blocks.add(new WorkoutBlock(
                    WorkoutBlock.Kind.CIRCUIT,
                    circuit.name(),
                    circuit.optional(),
                    circuit.rounds(),
                    circuit.restSeconds(),
                    circuit.items().stream().map(item -> item(item, targets)).toList()));
        }
        blocks.add(new WorkoutBlock(
                WorkoutBlock.Kind.COOL_DOWN,
                "Cool-down",
                false,
                COOL_DOWN_ROUNDS,
                0,
                session.coolDown().suggestions().stream()
                        .map(catalog::exercise)
                        .map(exercise -> new WorkoutItem(
                                exercise.id(), exercise.name(), COOL_DOWN_ROUNDS, null, null, null, List.of(), null))
                        .toList()));
        return blocks;
    }

    private static WorkoutItem item(Plan.Item item, Map<String, ExerciseTarget> targets) {
        var dose = item.dose();
        var target = targets.get(item.exerciseId());
        if (target == null || dose == null || target.target().unit() != dose.unit()) {
            return new WorkoutItem(
                    item.exerciseId(), item.name(), item.sets(), dose, null, null, item.cues(), item.substitutedFor());
        }
        var moved = new Dose(
                dose.unit(),
                target.target().low(),
                target.target().high(),
                dose.perSide(),
                dose.holdSeconds(),
                dose.spots(),
                dose.repeats());
        return new WorkoutItem(
                item.exerciseId(),
                item.name(),
                item.sets(),
                moved,
                target.target().loadKg(),
                target.reason(),
                item.cues(),
                item.substitutedFor());
    }
}
