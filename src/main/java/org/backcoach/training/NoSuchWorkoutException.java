package org.backcoach.training;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No session with that id belongs to the person asking; another person's session looks the same. */
public class NoSuchWorkoutException extends ErrorResponseException {

    public NoSuchWorkoutException(UUID workoutId) {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There's no session with that id.");
        problem.setTitle("Session not found");
        return problem;
    }
}
