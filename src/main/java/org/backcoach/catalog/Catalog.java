package org.backcoach.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The validated catalogue: every exercise by id and the program templates that prescribe them. A
 * catalogue that exists is consistent: the constructor refuses duplicate ids, links to missing
 * exercises and templates that name unknown ones.
 */
public final class Catalog {

    static final int MIN_STEPS = 2;
    static final int MAX_STEPS = 5;
    static final int MIN_CUES = 1;
    static final int MAX_CUES = 3;

    private final Map<String, Exercise> exercises;
    private final Program program;

    public Catalog(List<Exercise> exercises, Program program) {
        var problems = new ArrayList<String>();
        this.exercises = indexById(exercises, problems);
        this.program = program;
        this.exercises.values().forEach(exercise -> checkExercise(exercise, problems));
        checkProgram(problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
    }

    public Collection<Exercise> exercises() {
        return exercises.values();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** The exercise with this id; only for ids the catalogue itself vouched for. */
    public Exercise exercise(String id) {
        var exercise = exercises.get(id);
        if (exercise == null) {
            throw new IllegalArgumentException("no exercise with id " + id);
        }
        return exercise;
    }

    public Program program() {
        return program;
    }

    private static Map<String, Exercise> indexById(List<Exercise> exercises, List<String> problems) {
        var byId = new LinkedHashMap<String, Exercise>();
        for (var exercise : exercises == null ? List.<Exercise>of() : exercises) {
            if (exercise.id() == null || exercise.id().isBlank()) {
                problems.add("an exercise named '" + exercise.name() + "' has no id");
            } else if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                problems.add("duplicate exercise id '" + exercise.id() + "'");
            }
        }
        return byId;
    }

    private void checkExercise(Exercise exercise, List<String> problems) {
        var id = exercise.id();
        if (exercise.name() == null || !id.equals(Slugs.of(exercise.name()))) {
            problems.add("exercise '" + id + "': id must be the slug of its name '" + exercise.name() + "'");
        }
        if (exercise.kind() == null || exercise.position() == null || exercise.segment() == null) {
            problems.add("exercise '" + id + "': kind, position and segment are required");
        }
        if (exercise.steps().size() < MIN_STEPS || exercise.steps().size() > MAX_STEPS) {
            problems.add("exercise '" + id + "': needs " + MIN_STEPS + "-" + MAX_STEPS + " steps, has "
                    + exercise.steps().size());
        }
        if (exercise.cues().size() < MIN_CUES || exercise.cues().size() > MAX_CUES) {
            problems.add("exercise '" + id + "': needs " + MIN_CUES + "-" + MAX_CUES + " cues, has "
                    + exercise.cues().size());
        }
        exercise.variants().forEach((kind, target) -> {
            if (!exercises.containsKey(target)) {
                problems.add("exercise '" + id + "': " + kind + " variant links to missing exercise '" + target + "'");
            } else if (target.equals(id)) {
                problems.add("exercise '" + id + "': " + kind + " variant links to itself");
            }
        });
    }

    private void checkProgram(List<String> problems) {
        if (program == null) {
            problems.add("the program templates are missing");
            return;
        }
        for (var region : Region.values()) {
            if (program.region(region) == null
                    || program.region(region).series().isEmpty()
                    || program.region(region).habits().isEmpty()) {
                problems.add("program: region " + region + " needs habits and a daily series");
            }
        }
        forEachPrescription(prescription -> requireExercise(prescription.exercise(), "program", problems));
        if (program.sessions().size() != 3) {
            problems.add("program: expected three total-body sessions, found "
                    + program.sessions().size());
        }
        if (program.toeDrills() == null || program.coolDown() == null) {
            problems.add("program: the toe-drill habit and the cool-down are required");
        }
        if (program.deadBug() != null) {
            program.deadBug().replaces().forEach(id -> requireExercise(id, "dead bug rule", problems));
            requireExercise(program.deadBug().with(), "dead bug rule", problems);
        } else {
            problems.add("program: the dead bug rule is required");
        }
    }

    private void forEachPrescription(Consumer<Prescription> action) {
        program.regions().values().forEach(region -> region.series().forEach(action));
        if (program.breathing() != null) {
            action.accept(program.breathing());
        }
        program.warmUp().forEach(action);
        program.sessions()
                .forEach(session ->
                        session.circuits().forEach(circuit -> circuit.items().forEach(action)));
        var openers = program.stageOpeners();
        if (openers != null) {
            Stream.of(openers.beginner(), openers.intermediate(), openers.advanced())
                    .filter(Objects::nonNull)
                    .forEach(action);
        }
    }

    private void requireExercise(String id, String where, List<String> problems) {
        if (id == null || !exercises.containsKey(id)) {
            problems.add(where + " names unknown exercise '" + id + "'");
        }
    }
}
