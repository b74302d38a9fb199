package org.backcoach.assessment;

import java.util.List;

/** An intake that cannot be assessed, with every problem found. */
public class InvalidIntakeException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidIntakeException(List<FieldProblem> problems) {
        super("invalid intake: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
