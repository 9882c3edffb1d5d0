package io.meridian.api.problem;

import java.util.List;
import java.util.Map;

/**
 * An error the API answers with a problem document. Thrown by services; nothing is written when it
 * escapes a transaction, because the transaction rolls back.
 *
 * @param detailKey key of the detail message, by default {@code <code>.detail}
 */
public class ApiException extends RuntimeException {

    private final ProblemCode code;
    private final String detailKey;
    private final Map<String, Object> arguments;
    private final List<FieldError> fieldErrors;

    public ApiException(ProblemCode code, String detailKey, Map<String, Object> arguments, List<FieldError> fieldErrors) {
        super(code.slug() + " " + arguments, null, false, false);
        this.code = code;
        this.detailKey = detailKey;
        this.arguments = Map.copyOf(arguments);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ApiException(ProblemCode code, Map<String, Object> arguments) {
        this(code, code.slug() + ".detail", arguments, List.of());
    }

    public ApiException(ProblemCode code) {
        this(code, Map.of());
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(ProblemCode.INVALID_INPUT, ProblemCode.INVALID_INPUT.slug() + ".detail",
                Map.of("count", errors.size()), errors);
    }

    public static ApiException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    /** JSON the API could not read outside a request body (a multipart part): unknown field or malformed. */
    public static ApiException unreadableJson(Throwable cause) {
        return FrameworkErrors.unknownField(cause)
                .map(field -> new ApiException(ProblemCode.UNKNOWN_FIELD, Map.of("field", field)))
                .orElseGet(() -> new ApiException(ProblemCode.MALFORMED_REQUEST));
    }

    public static ApiException forbidden(String reason) {
        return new ApiException(ProblemCode.FORBIDDEN, "forbidden.detail." + reason, Map.of(), List.of());
    }

    public static ApiException conflict(String what, String value) {
        return new ApiException(ProblemCode.CONFLICT, "conflict.detail." + what, Map.of("value", value), List.of());
    }

    public ProblemCode code() {
        return code;
    }

    public String detailKey() {
        return detailKey;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
