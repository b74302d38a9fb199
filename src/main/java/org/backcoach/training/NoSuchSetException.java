package org.backcoach.training;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No set with that id in the session. */
public class NoSuchSetException extends ErrorResponseException {

    public NoSuchSetException(UUID setId) {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "That set isn't part of this session.");
        problem.setTitle("Set not found");
        return problem;
    }
}
