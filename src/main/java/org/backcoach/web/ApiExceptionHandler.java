package org.backcoach.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.backcoach.accounts.EmailTakenException;
import org.backcoach.shared.FieldProblem;
import org.backcoach.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error is {@code application/problem+json}; bad input lists each bad field under {@code
 * errors}. Nothing a client sends produces a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        return invalidInput(exception.problems());
    }

    @ExceptionHandler(EmailTakenException.class)
    ProblemDetail emailTaken(EmailTakenException exception) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Email already registered");
        problem.setProperty("errors", List.of(Map.of("field", "email", "message", "already has an account")));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception) {
        var expected = exception.getRequiredType() != null
                        && exception.getRequiredType().isEnum()
                ? "must be one of " + List.of(exception.getRequiredType().getEnumConstants())
                : "has the wrong type";
        return invalidInput(List.of(new FieldProblem(exception.getName(), expected)));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.error("Unexpected error while handling {}", request.getRequestURI(), exception);
        if (!isApi(request)) {
            response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
            return null;
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Nothing you sent was lost.");
        problem.setTitle("Unexpected error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = invalidInput(List.of(new FieldProblem("", "the request body could not be read as JSON")));
        return handleExceptionInternal(exception, problem, headers, status, request);
    }

    /** Pages keep the application's HTML error page; only the API answers in problem+json. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())) {
            try {
                servlet.getResponse().sendError(status.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        return super.handleNoResourceFoundException(exception, headers, status, request);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static ProblemDetail invalidInput(List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "One field needs attention." : problems.size() + " fields need attention.");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }
}
