package io.meridian.api.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates what the framework throws (JSON it cannot read, bean-validation failures, unknown
 * routes, …) into the API's own problem codes, so every error has one shape and one vocabulary.
 */
final class FrameworkErrors {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");

    private FrameworkErrors() {
    }

    /** Empty for failures that are the server's fault: those become internal-error. */
    static Optional<ApiException> translate(HttpStatus status, Throwable cause) {
        if (cause instanceof ApiException api) {
            return Optional.of(api);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Optional.of(ApiException.invalid(fieldErrors(violations.getConstraintViolations())));
        }
        Optional<String> unknownField = unknownField(cause);
        if (unknownField.isPresent()) {
            return Optional.of(new ApiException(ProblemCode.UNKNOWN_FIELD, Map.of("field", unknownField.get())));
        }
        if (cause instanceof ConversionErrorException conversion && !isBody(conversion.getArgument().getName())) {
            return Optional.of(new ApiException(ProblemCode.INVALID_PARAMETER, Map.of("name", conversion.getArgument().getName())));
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied && !isBody(unsatisfied.getArgument().getName())) {
            return Optional.of(new ApiException(ProblemCode.INVALID_PARAMETER, Map.of("name", unsatisfied.getArgument().getName())));
        }
        return byStatus(status);
    }

    private static Optional<ApiException> byStatus(HttpStatus status) {
        ProblemCode code = switch (status) {
            case BAD_REQUEST -> ProblemCode.MALFORMED_REQUEST;
            case NOT_FOUND -> ProblemCode.NOT_FOUND;
            case UNAUTHORIZED -> ProblemCode.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemCode.FORBIDDEN;
            case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case NOT_ACCEPTABLE -> ProblemCode.NOT_ACCEPTABLE;
            case REQUEST_ENTITY_TOO_LARGE -> ProblemCode.PAYLOAD_TOO_LARGE;
            default -> null;
        };
        return Optional.ofNullable(code).map(ApiException::new);
    }

    /** Request bodies are bound to parameters named "request" (controllers keep to that). */
    private static boolean isBody(String argumentName) {
        return "request".equals(argumentName) || "body".equals(argumentName);
    }

    static Optional<String> unknownField(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = UNKNOWN_PROPERTY.matcher(t.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }

    static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(fieldError(fieldName(violation.getPropertyPath()), violation));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static FieldError fieldError(String field, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("field.")) {
            return FieldError.of(field, template);
        }
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return FieldError.of(field, "field.required");
        }
        if (constraint instanceof Size size) {
            Object value = violation.getInvalidValue();
            int length = value instanceof CharSequence text ? text.length()
                    : value instanceof Collection<?> items ? items.size() : 0;
            return length > size.max()
                    ? FieldError.of(field, "field.too-long", "max", size.max())
                    : FieldError.of(field, "field.too-short", "min", size.min());
        }
        if (constraint instanceof Email) {
            return FieldError.of(field, "field.invalid-email");
        }
        return FieldError.of(field, "field.invalid");
    }

    /** "create.request.admin.email" → "admin.email": drops the method and parameter nodes. */
    private static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
                    && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? path.toString() : String.join(".", names);
    }
}
