package org.backcoach.assessment;

import java.util.List;
import org.backcoach.shared.FieldProblem;
import org.backcoach.shared.InvalidInputException;

/** An intake that cannot be assessed, with every problem found. */
public class InvalidIntakeException extends InvalidInputException {

    public InvalidIntakeException(List<FieldProblem> problems) {
        super(problems);
    }
}
