package io.meridian.api.problem;

import io.meridian.api.i18n.RequestLocale;
import io.meridian.i18n.Messages;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an {@link ApiException} into a localized problem+json response for the request's language. */
@Singleton
public final class ProblemRenderer {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final Messages messages = new Messages("io.meridian.i18n.problems");
    /** Violations of a proposed policy come from the compliance module with its own sentences. */
    private final Messages compliance = new Messages("io.meridian.i18n.compliance");

    public MutableHttpResponse<Problem> render(HttpRequest<?> request, ApiException error) {
        return apply(HttpResponse.status(error.code().status()), request, error);
    }

    /** Writes the problem into a response the framework already started (keeping headers such as Allow). */
    public MutableHttpResponse<Problem> apply(MutableHttpResponse<?> response, HttpRequest<?> request, ApiException error) {
        Locale locale = RequestLocale.of(request);
        ProblemCode code = error.code();
        List<Problem.Field> fields = error.fieldErrors().stream()
                .map(field -> new Problem.Field(field.field(), fieldMessage(locale, field)))
                .toList();
        Map<String, Object> arguments = new HashMap<>(error.arguments());
        arguments.putIfAbsent("path", request.getPath());
        arguments.putIfAbsent("method", request.getMethodName());
        String detail = messages.format(locale, error.detailKey(), arguments);
        Problem problem = new Problem(code.type(), code.slug(),
                messages.format(locale, code.slug() + ".title"), code.status().getCode(), detail,
                request.getPath(), fields.isEmpty() ? null : fields, inferenceError(request, detail, fields));
        return response.status(code.status())
                .contentType(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .body(problem);
    }

    /**
     * The Open Inference Protocol v2 says a failed request's body "must contain" {@code {"error": <string>}};
     * its clients (KServe, tritonclient) read that member only, so it carries the detail and the fields.
     */
    private static String inferenceError(HttpRequest<?> request, String detail, List<Problem.Field> fields) {
        if (!request.getPath().startsWith("/v2/")) {
            return null;
        }
        StringBuilder error = new StringBuilder(detail);
        fields.forEach(field -> error.append("; ").append(field.message()));
        return error.toString();
    }

    /** "email is not a valid email address"; a compliance sentence stands alone. */
    private String fieldMessage(Locale locale, FieldError field) {
        if (field.messageKey().startsWith("field.")) {
            return field.field() + " " + messages.format(locale, field.messageKey(), field.arguments());
        }
        return compliance.format(locale, field.messageKey(), field.arguments());
    }
}
