package org.backcoach.training;

import java.util.ArrayList;
import java.util.List;
import org.backcoach.shared.FieldProblem;
import org.backcoach.shared.InvalidInputException;

/**
 * A set as the person reports it, before it is stored. Exactly one of reps and seconds; reps in reserve
 * with reps; pain always, since every set answers "does it hurt?".
 */
public record SetEntry(
        String exerciseId,
        Integer setNumber,
        Integer reps,
        Integer seconds,
        Double loadKg,
        Integer repsInReserve,
        Integer pain) {

    public static final int MAX_SET_NUMBER = 20;
    public static final int MAX_REPS = 200;
    public static final int MAX_SECONDS = 3600;
    public static final double MAX_LOAD_KG = 500;
    public static final int MAX_REPS_IN_RESERVE = 5;

    /** Every problem with the entry, each naming its field, or none. */
    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (exerciseId == null || exerciseId.isBlank()) {
            problems.add(new FieldProblem("exerciseId", "is required"));
        }
        if (setNumber == null) {
            problems.add(new FieldProblem("setNumber", "is required"));
        } else if (setNumber < 1 || setNumber > MAX_SET_NUMBER) {
            problems.add(new FieldProblem("setNumber", "must be between 1 and " + MAX_SET_NUMBER));
        }
        if (reps == null && seconds == null) {
            problems.add(new FieldProblem("reps", "give the reps done, or the seconds for a timed set"));
        } else if (reps != null && seconds != null) {
            problems.add(new FieldProblem("seconds", "give reps or seconds, not both"));
        }
        if (reps != null && (reps < 0 || reps > MAX_REPS)) {
            problems.add(new FieldProblem("reps", "must be between 0 and " + MAX_REPS));
        }
        if (seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
            problems.add(new FieldProblem("seconds", "must be between 0 and " + MAX_SECONDS));
        }
        if (loadKg != null && (loadKg.isNaN() || loadKg < 0 || loadKg > MAX_LOAD_KG)) {
            problems.add(new FieldProblem("loadKg", "must be between 0 and " + (int) MAX_LOAD_KG + " kg"));
        }
        if (repsInReserve != null && (repsInReserve < 0 || repsInReserve > MAX_REPS_IN_RESERVE)) {
            problems.add(new FieldProblem("repsInReserve", "must be between 0 and 5 (5 means five or more)"));
        }
        if (reps != null && repsInReserve == null) {
            problems.add(
                    new FieldProblem("repsInReserve", "is required with reps: how many more could you have done?"));
        }
        if (pain == null) {
            problems.add(new FieldProblem("pain", "is required: 0 for none, 10 for the worst"));
        } else if (pain < 0 || pain > 10) {
            problems.add(new FieldProblem("pain", "must be between 0 and 10"));
        }
        return problems;
    }

    /** @throws InvalidInputException naming every bad field */
    public SetEntry validated() {
        var problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }
}
