package dev.charter.rest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with the message the CLI would give: gateway
 * failures by their kind, malformed requests as 400 naming what was wrong, and anything unexpected as a
 * 500 that names the exception but never shows a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(GatewayException.class)
    public ResponseEntity<ProblemDetail> gateway(GatewayException e) {
        if (e.failure() == Failure.INTERNAL) {
            // The client gets the message only; the server's log keeps the stack trace.
            LOG.error("Internal error: {}", e.getMessage(), e.getCause() != null ? e.getCause() : e);
        }
        ProblemDetail problem = Problems.of(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another value" : "a value of type "
                + e.getRequiredType().getSimpleName();
        return gateway(new GatewayException(Failure.INVALID, "Parameter " + e.getName() + " has value '" + e.getValue()
                + "', expected " + expected, e.getName(), null, e));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getMostSpecificCause() instanceof JsonProcessingException json
                ? "The body is not valid JSON: " + json.getOriginalMessage()
                : "The request needs a JSON body";
        ProblemDetail problem = Problems.of(new GatewayException(Failure.INVALID, detail));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return gateway(new GatewayException(Failure.INTERNAL, "Internal error: " + e, null, null, e));
    }
}
