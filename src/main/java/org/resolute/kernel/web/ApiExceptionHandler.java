package org.resolute.kernel.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.resolute.kernel.IdempotencyKeyReused;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RequestInProgress;
import org.resolute.kernel.StaleUpdate;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as an RFC 9457 problem detail. Bad input names the field that failed and is a 4xx; an
 * unexpected failure is a 500 with a reference to the log line, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.invalidField(e.field(), e.getMessage());
    }

    /** A used Idempotency-Key sent with a different request: well-formed, but not what the key stands for. */
    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        ProblemDetail problem = Problems.invalidField(e.field(), e.getMessage());
        problem.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        return problem;
    }

    @ExceptionHandler(InvalidBody.class)
    ProblemDetail invalidBody(InvalidBody e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        ProblemDetail problem = Problems.invalidField(errors.get(0).get("field"), e.getMessage());
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A request that clashes with another: the same key's request still running, a record changed since read. */
    @ExceptionHandler({RequestInProgress.class, StaleUpdate.class})
    ProblemDetail conflict(RuntimeException e) {
        return Problems.problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentUpdate() {
        return Problems.problem(HttpStatus.CONFLICT,
                "The record was changed by someone else at the same moment; reload and try again");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String rule = e.getRequiredType() == LocalDate.class ? ": " + InputDates.RULE : "";
        return Problems.invalidField(e.getName(), "'" + e.getValue() + "' is not a valid value for " + e.getName()
                + rule);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletResponse response) {
        if (DatabaseUnreachable.causes(e)) {
            log.warn("The database could not be reached; answered 503: {}", e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS);
            return Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnreachable.DETAIL);
        }
        String requestId = RequestIds.current();
        String reference = requestId != null ? requestId : UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Resolute could not finish this request; nothing was saved. Reference: " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, errors.isEmpty() ? "Invalid request"
                : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        boolean valueUnreadable = cause instanceof DatabindException || cause instanceof InputCoercionException;
        if (valueUnreadable && cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return ResponseEntity.badRequest().body(Problems.invalidField(field,
                    "The value of '" + field + "' " + expected(jackson)));
        }
        String detail = cause instanceof JacksonException jackson
                ? "The request body is not valid JSON: " + firstLine(jackson.getOriginalMessage())
                : "The request body is missing or unreadable";
        return ResponseEntity.badRequest().body(Problems.invalidField("body", detail));
    }

    /** What a value that could not be read should have been, in words a client understands (no Java types). */
    private static String expected(JacksonException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof InputCoercionException) {
            return "is not a whole number in range";
        }
        if (type == null) {
            return "is not valid";
        }
        if (type == LocalDate.class) {
            return InputDates.RULE;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number in range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be an identifier (UUID)";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object with the documented fields";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
