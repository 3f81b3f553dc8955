package dev.charter.rest.web;

import dev.charter.rest.gateway.Failure;
import dev.charter.rest.gateway.GatewayException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details for gateway failures: one status, type and title per {@link Failure}. */
public final class Problems {

    private Problems() {
    }

    public static HttpStatus status(Failure failure) {
        return switch (failure) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    /** {@code urn:charter:problem:invalid}, …: stable, documented in docs/rest.md. */
    public static URI type(Failure failure) {
        return URI.create("urn:charter:problem:" + failure.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public static ProblemDetail of(GatewayException e) {
        HttpStatus status = status(e.failure());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(type(e.failure()));
        problem.setTitle(title(e.failure()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e.transactionId() != null) {
            problem.setProperty("transactionId", e.transactionId());
        }
        return problem;
    }

    private static String title(Failure failure) {
        return switch (failure) {
            case INVALID -> "Invalid request";
            case UNAUTHENTICATED -> "Unknown caller";
            case FORBIDDEN -> "Access denied";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Already exists";
            case REJECTED -> "Transaction rejected";
            case INTERNAL -> "Internal error";
        };
    }
}
