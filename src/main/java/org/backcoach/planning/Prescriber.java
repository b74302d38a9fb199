package org.backcoach.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.Prescription;
import org.backcoach.catalog.Region;
import org.backcoach.catalog.VariantKind;

/**
 * Turns one template prescription into the exercise this person can safely do: the wall-test hold in
 * place of the dead bug until the core test passes (R-CORE-DEADBUG), bodyweight only for beginners
 * (R-STAGE-PROGRAM), only the kit they own (R-EQUIPMENT), no double-leg raises for a weak back
 * (R-SAFE-6). What it cannot place is recorded, never silently lost.
 */
final class Prescriber {

    /** The order stand-ins are tried in: the home version first, then bodyweight, then an easier one. */
    private static final List<VariantKind> STAND_IN_ORDER =
            List.of(VariantKind.HOME, VariantKind.BODYWEIGHT, VariantKind.REGRESSION);

    private final Catalog catalog;
    private final Set<Equipment> owned;
    private final boolean beginner;
    private final boolean weakBack;
    private final boolean corePassed;
    private final List<Region> cueRegions;
    private final List<Dropped> dropped = new ArrayList<>();
    private final Set<Rule> substitutionRules = new HashSet<>();

    Prescriber(Catalog catalog, Set<Equipment> owned, Stage stage, boolean corePassed, List<Region> cueRegions) {
        this.catalog = catalog;
        this.owned = owned;
        this.beginner = stage == Stage.BEGINNER;
        this.corePassed = corePassed;
        this.weakBack = beginner || !corePassed;
        this.cueRegions = cueRegions;
    }

    /** An exercise the template named that could not be placed, and why. */
    record Dropped(Exercise exercise, Rule rule, String reason) {}

    List<Dropped> dropped() {
        return List.copyOf(dropped);
    }

    boolean substituted(Rule rule) {
        return substitutionRules.contains(rule);
    }

    /** The items of a list, in order, each exercise at most once. */
    List<Plan.Item> prescribeAll(List<Prescription> prescriptions, Rule rule) {
        var items = new ArrayList<Plan.Item>();
        prescriptions.forEach(prescription -> prescribe(prescription, rule).ifPresent(item -> addOnce(items, item)));
        return items;
    }

    static void addOnce(List<Plan.Item> items, Plan.Item item) {
        if (items.stream().noneMatch(existing -> existing.exerciseId().equals(item.exerciseId()))) {
            items.add(item);
        }
    }

    Optional<Plan.Item> prescribe(Prescription prescription, Rule rule) {
        var named = catalog.exercise(prescription.exercise());
        var start = named;
        var dose = prescription.dose();
        Plan.Substitution substitution = null;
        var deadBug = catalog.program().deadBug();
        if (!corePassed && deadBug.replaces().contains(named.id())) {
            start = catalog.exercise(deadBug.with());
            dose = deadBug.dose() != null ? deadBug.dose() : dose;
            substitution = new Plan.Substitution(
                    named.id(),
                    Rule.CORE_DEADBUG,
                    "Until your core wall test passes, you hold the wall-test position in place of the " + named.name()
                            + ".");
            substitutionRules.add(Rule.CORE_DEADBUG);
        }
        var problem = problem(start);
        if (problem.isEmpty()) {
            return Optional.of(item(start, prescription, dose, substitution, rule));
        }
        var standIn = standIn(start);
        if (standIn.isEmpty()) {
            dropped.add(new Dropped(start, problem.get(), reason(problem.get(), start, null)));
            return Optional.empty();
        }
        substitutionRules.add(problem.get());
        var because = new Plan.Substitution(named.id(), problem.get(), reason(problem.get(), start, standIn.get()));
        return Optional.of(item(standIn.get(), prescription, dose, because, rule));
    }

    private Plan.Item item(
            Exercise exercise,
            Prescription prescription,
            org.backcoach.catalog.Dose dose,
            Plan.Substitution substitution,
            Rule rule) {
        return new Plan.Item(
                exercise.id(),
                exercise.name(),
                prescription.sets(),
                dose,
                exercise.equipment().stream().sorted().toList(),
                cues(exercise),
                substitution,
                rule);
    }

    private List<Plan.Cue> cues(Exercise exercise) {
        var cues = new ArrayList<Plan.Cue>();
        for (var region : cueRegions) {
            catalog.program().region(region).integration().stream()
                    .filter(cue -> cue.appliesTo().matches(exercise))
                    .forEach(cue -> cues.add(new Plan.Cue(region, cue.text())));
        }
        return cues;
    }

    /** The first rule this exercise breaks for this person, if any. */
    private Optional<Rule> problem(Exercise exercise) {
        if (weakBack && exercise.doubleLegRaise()) {
            return Optional.of(Rule.SAFE_6);
        }
        if (beginner && exercise.loaded()) {
            return Optional.of(Rule.STAGE_PROGRAM);
        }
        if (!exercise.possibleWith(owned)) {
            return Optional.of(Rule.EQUIPMENT);
        }
        return Optional.empty();
    }

    /** The nearest variant, breadth first, that breaks no rule. */
    private Optional<Exercise> standIn(Exercise exercise) {
        var queue = new ArrayDeque<Exercise>();
        var seen = new HashSet<String>();
        queue.add(exercise);
        seen.add(exercise.id());
        while (!queue.isEmpty()) {
            var current = queue.poll();
            for (var kind : STAND_IN_ORDER) {
                var variant = current.variant(kind).map(catalog::exercise);
                if (variant.isEmpty() || !seen.add(variant.get().id())) {
                    continue;
                }
                if (problem(variant.get()).isEmpty()) {
                    return variant;
                }
                queue.add(variant.get());
            }
        }
        return Optional.empty();
    }

    private String reason(Rule rule, Exercise exercise, Exercise standIn) {
        var outcome = standIn == null
                ? "we found nothing that fits, so it is left out for now."
                : standIn.name() + " stands in.";
        return switch (rule) {
            case SAFE_6 ->
                exercise.name() + " lifts both straight legs while lying on your back, which a weak back"
                        + " should not do; " + outcome;
            case STAGE_PROGRAM ->
                exercise.name() + " uses weights or bands and beginners train with bodyweight" + " only; " + outcome;
            default -> exercise.name() + " needs " + missing(exercise) + ", which isn't in your kit; " + outcome;
        };
    }

    private String missing(Exercise exercise) {
        return exercise.equipment().stream()
                .filter(piece -> !owned.contains(piece))
                .sorted()
                .map(piece -> "a " + piece.label())
                .collect(Collectors.joining(" and "));
    }
}
