package org.backcoach.catalog;

import java.util.Set;

/**
 * Which exercises an integration cue applies to. Every criterion that is set must match (an empty
 * criterion matches anything); {@code everything} matches every exercise.
 */
public record CueTarget(
        boolean everything, Set<BodyPosition> positions, Set<MovementPattern> patterns, Set<ExerciseKind> kinds) {

    public CueTarget {
        positions = positions == null ? Set.of() : Set.copyOf(positions);
        patterns = patterns == null ? Set.of() : Set.copyOf(patterns);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean matches(Exercise exercise) {
        if (everything) {
            return true;
        }
        if (positions.isEmpty() && patterns.isEmpty() && kinds.isEmpty()) {
            return false;
        }
        return (positions.isEmpty() || positions.contains(exercise.position()))
                && (patterns.isEmpty() || patterns.contains(exercise.pattern()))
                && (kinds.isEmpty() || kinds.contains(exercise.kind()));
    }
}
