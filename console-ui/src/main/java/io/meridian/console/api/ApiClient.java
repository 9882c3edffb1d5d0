package io.meridian.console.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's HTTP core: JSON over java.net.http with the user's bearer token and the console's
 * language as Accept-Language. A problem+json answer becomes an {@link ApiProblem}; no answer at all an
 * {@link ApiUnavailable}. One client per user session; the per-area classes ({@code JobsApi}, …) wrap it.
 */
public final class ApiClient {

    /** Shared by all sessions: java.net.http pools its connections per client. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI baseUrl;
    private final Optional<String> token;
    private final Locale locale;
    private final Optional<String> forwardedFor;

    public ApiClient(URI baseUrl, Optional<String> token, Locale locale) {
        this(baseUrl, token, locale, Optional.empty());
    }

    private ApiClient(URI baseUrl, Optional<String> token, Locale locale, Optional<String> forwardedFor) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.locale = locale;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same client, telling the API whose request it passes on: the browser's request's own
     * {@code X-Forwarded-For} (from an ingress) with the address the console saw appended, as a proxy
     * does. The API believes it from the console as a trusted proxy (login throttling and the audit
     * then count users, not the console).
     */
    public ApiClient forwardingFor(String incomingForwardedFor, String peerAddress) {
        String chain = incomingForwardedFor == null || incomingForwardedFor.isBlank() ? peerAddress
                : incomingForwardedFor.trim() + ", " + peerAddress;
        return new ApiClient(baseUrl, token, locale, Optional.of(chain));
    }

    public <T> T get(String path, Class<T> type) {
        return send(request(path).GET(), ApiJson.MAPPER.constructType(type));
    }

    public <T> T get(String path, TypeReference<T> type) {
        return send(request(path).GET(), ApiJson.MAPPER.constructType(type));
    }

    public <T> T post(String path, Object body, Class<T> type) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)), ApiJson.MAPPER.constructType(type));
    }

    public <T> T patch(String path, Object body, Class<T> type) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)),
                ApiJson.MAPPER.constructType(type));
    }

    public <T> T put(String path, Object body, Class<T> type) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)), ApiJson.MAPPER.constructType(type));
    }

    public void delete(String path) {
        send(request(path).DELETE(), ApiJson.MAPPER.constructType(Void.class));
    }

    public <T> T postMultipart(String path, Multipart body, Class<T> type) {
        return send(request(path).header("Content-Type", body.contentType()).POST(body.body()), ApiJson.MAPPER.constructType(type));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", locale.toLanguageTag());
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        forwardedFor.ifPresent(chain -> builder.header("X-Forwarded-For", chain));
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(ApiJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body as JSON", e);
        }
    }

    private <T> T send(HttpRequest.Builder builder, JavaType type) {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ApiUnavailable(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnavailable(request.method() + " " + request.uri() + " interrupted", e);
        }
        if (response.statusCode() >= 400) {
            throw problem(request, response);
        }
        if (response.statusCode() == 204 || type.getRawClass() == Void.class || response.body().length == 0) {
            return null;
        }
        try {
            return ApiJson.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ApiUnavailable(request.method() + " " + request.uri() + " answered what is not the expected JSON", e);
        }
    }

    static RuntimeException problem(HttpRequest request, HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json") && !contentType.startsWith("application/json")) {
            return new ApiUnavailable(request.method() + " " + request.uri() + " answered " + response.statusCode() + " " + contentType, null);
        }
        try {
            JsonNode problem = ApiJson.MAPPER.readTree(response.body());
            List<ApiProblem.FieldMessage> errors = new ArrayList<>();
            problem.path("errors").forEach(error -> errors.add(new ApiProblem.FieldMessage(error.path("field").asText(),
                    error.path("message").asText())));
            return new ApiProblem(response.statusCode(), problem.path("type").asText(null), problem.path("code").asText(null),
                    problem.path("title").asText(""), problem.path("detail").asText(null), errors);
        } catch (IOException e) {
            return new ApiUnavailable(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " with a body that is not JSON", e);
        }
    }
}
