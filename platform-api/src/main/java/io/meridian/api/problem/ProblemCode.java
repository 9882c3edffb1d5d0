package io.meridian.api.problem;

import io.micronaut.http.HttpStatus;

/**
 * Every kind of error the API answers with. The code is the stable part of the problem's
 * {@code type} URI ({@code urn:meridian:problem:<code>}) and the key of its localized title.
 */
public enum ProblemCode {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST),
    INVALID_INPUT(HttpStatus.BAD_REQUEST),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST),
    CONFLICT(HttpStatus.CONFLICT),
    LAST_TENANT_ADMIN(HttpStatus.CONFLICT),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED),
    INVALID_API_KEY(HttpStatus.UNAUTHORIZED),
    CREDENTIALS_EXPIRED(HttpStatus.UNAUTHORIZED),
    CREDENTIALS_REVOKED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    INSUFFICIENT_SCOPE(HttpStatus.FORBIDDEN),
    /** The compliance decision point refused the step; the errors list its reasons. */
    POLICY_DENIED(HttpStatus.FORBIDDEN),
    TOO_MANY_LOGIN_ATTEMPTS(HttpStatus.TOO_MANY_REQUESTS),
    /** An API key asked for more predictions per second than serving allows it. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    PAYLOAD_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ProblemCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The code as it appears in URIs and message keys: {@code invalid-input}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String type() {
        return "urn:meridian:problem:" + slug();
    }
}
