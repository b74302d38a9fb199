package org.backcoach.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcoach.catalog.BodyPosition;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.ExerciseKind;
import org.backcoach.catalog.Region;
import org.backcoach.catalog.VariantKind;
import org.springframework.stereotype.Component;

/**
 * The catalogue as the library pages read it, worked out once at start-up: exercises in name order,
 * each in plain words, and for each exercise the others whose variants point to it ("stands in for").
 */
@Component
class ExerciseLibrary {

    private static final Comparator<Exercise> BY_NAME =
            Comparator.comparing(Exercise::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Exercise::id);

    private final List<Exercise> exercises;
    private final Map<String, ExerciseCard> cards;
    private final Map<String, ExerciseDetail> details;

    ExerciseLibrary(Catalog catalog) {
        this.exercises = catalog.exercises().stream().sorted(BY_NAME).toList();
        this.cards = exercises.stream()
                .collect(Collectors.toMap(Exercise::id, ExerciseLibrary::card, (a, b) -> a, LinkedHashMap::new));
        var standsInFor = standsInFor(exercises);
        this.details = exercises.stream()
                .collect(Collectors.toMap(
                        Exercise::id,
                        exercise -> detail(exercise, catalog, standsInFor.getOrDefault(exercise.id(), List.of()))));
    }

    /** The exercises that match, in name order. */
    List<ExerciseCard> search(ExerciseSearch search) {
        return exercises.stream()
                .filter(search::matches)
                .map(exercise -> cards.get(exercise.id()))
                .toList();
    }

    int size() {
        return exercises.size();
    }

    Optional<ExerciseDetail> detail(String id) {
        return Optional.ofNullable(details.get(id));
    }

    static List<FilterOption> regionOptions() {
        return options(Region.values(), ExerciseWords::region);
    }

    static List<FilterOption> kindOptions() {
        return options(ExerciseKind.values(), ExerciseWords::kind);
    }

    /** Every kind of kit, after "No equipment". */
    static List<FilterOption> equipmentOptions() {
        var options = new ArrayList<FilterOption>();
        options.add(new FilterOption(ExerciseSearch.NO_EQUIPMENT, "No equipment"));
        options.addAll(options(Equipment.values(), ExerciseWords::equipment));
        return List.copyOf(options);
    }

    static List<FilterOption> positionOptions() {
        return options(BodyPosition.values(), ExerciseWords::position);
    }

    private static <E extends Enum<E>> List<FilterOption> options(E[] values, Function<E, String> words) {
        return Arrays.stream(values)
                .map(value -> new FilterOption(ExerciseWords.value(value), words.apply(value)))
                .toList();
    }

    private static ExerciseCard card(Exercise exercise) {
        return new ExerciseCard(
                exercise.id(),
                exercise.name(),
                ExerciseWords.kind(exercise.kind()),
                regions(exercise.regions()),
                equipment(exercise.equipment()));
    }

    private static ExerciseDetail detail(Exercise exercise, Catalog catalog, List<ExerciseLink> standsInFor) {
        var variants = Arrays.stream(VariantKind.values())
                .flatMap(kind -> exercise.variant(kind).stream()
                        .map(id -> new ExerciseLink(
                                ExerciseWords.variant(kind),
                                id,
                                catalog.exercise(id).name())))
                .toList();
        return new ExerciseDetail(
                exercise.id(),
                exercise.name(),
                regions(exercise.regions()),
                ExerciseWords.kind(exercise.kind()),
                ExerciseWords.pattern(exercise.pattern()).orElse(null),
                equipment(exercise.equipment()),
                ExerciseWords.position(exercise.position()),
                exercise.unilateral() ? "One side at a time" : "Both sides together",
                exercise.loaded() ? "With weights or resistance" : "Bodyweight",
                exercise.steps(),
                exercise.cues(),
                variants,
                standsInFor);
    }

    /** For each exercise, the exercises that name it as a variant, in name order. */
    private static Map<String, List<ExerciseLink>> standsInFor(List<Exercise> exercises) {
        var links = new HashMap<String, List<ExerciseLink>>();
        // The exercises arrive in name order, so every list below is in name order too.
        for (var exercise : exercises) {
            for (var kind : VariantKind.values()) {
                exercise.variant(kind)
                        .ifPresent(target -> links.computeIfAbsent(target, id -> new ArrayList<>())
                                .add(new ExerciseLink(ExerciseWords.standsInAs(kind), exercise.id(), exercise.name())));
            }
        }
        links.replaceAll((id, list) -> List.copyOf(list));
        return links;
    }

    private static String regions(Collection<Region> regions) {
        return regions.stream().sorted().map(ExerciseWords::region).collect(Collectors.joining(", "));
    }

    private static String equipment(Collection<Equipment> equipment) {
        return equipment.isEmpty()
                ? "No equipment"
                : equipment.stream().sorted().map(ExerciseWords::equipment).collect(Collectors.joining(", "));
    }
}
