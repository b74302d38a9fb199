package org.backcoach.catalog;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise of the catalogue, with what it needs, how it is done and what can stand in for it.
 *
 * @param id the slug of the name (see {@link Slugs})
 * @param regions the self-test regions it trains
 * @param loaded whether it uses external load (weights, cables, bands)
 * @param doubleLegRaise whether both straight legs lift together while lying on the back
 * @param steps how to do it, 2 to 5 short steps
 * @param cues what to pay attention to, 1 to 3 short cues
 * @param variants other exercises that can stand in for this one, by kind
 */
public record Exercise(
        String id,
        String name,
        Set<Region> regions,
        ExerciseKind kind,
        Set<Equipment> equipment,
        BodyPosition position,
        BodySegment segment,
        MovementPattern pattern,
        boolean unilateral,
        boolean loaded,
        boolean doubleLegRaise,
        List<String> steps,
        List<String> cues,
        Map<VariantKind, String> variants) {

    public Exercise {
        regions = regions == null || regions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regions));
        equipment = equipment == null || equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
        pattern = pattern == null ? MovementPattern.NONE : pattern;
        steps = steps == null ? List.of() : List.copyOf(steps);
        cues = cues == null ? List.of() : List.copyOf(cues);
        variants = variants == null || variants.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(variants));
    }

    public boolean standing() {
        return position == BodyPosition.STANDING;
    }

    public boolean bodyweight() {
        return !loaded;
    }

    /** Whether a person who owns this kit can do the exercise. */
    public boolean possibleWith(Set<Equipment> owned) {
        return owned.containsAll(equipment);
    }

    public Optional<String> variant(VariantKind kind) {
        return Optional.ofNullable(variants.get(kind));
    }
}
