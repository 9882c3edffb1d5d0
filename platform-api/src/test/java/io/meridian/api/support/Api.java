package io.meridian.api.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for the tests: real requests to the running server, raw status, headers
 * and body, so a test sees exactly what a client of the API sees.
 */
public final class Api {

    public record Response(int status, java.net.http.HttpHeaders headers, String body, JsonMapper json) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            try {
                return json.readValue(body, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public Object get(String field) {
            return map().get(field);
        }

        public String string(String field) {
            return (String) map().get(field);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) map().get("items");
        }

        /** A body that is a JSON array. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            try {
                return json.readValue(body, io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON array: " + body, e);
            }
        }

        public long longValue(String field) {
            return ((Number) map().get(field)).longValue();
        }

        public String contentType() {
            return headers.firstValue("content-type").orElse("");
        }

        /** A problem document: the stable code, after checking the media type. */
        public String problemCode() {
            if (!contentType().startsWith("application/problem+json")) {
                throw new AssertionError("not a problem document (" + status + " " + contentType() + "): " + body);
            }
            return string("code");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Who is calling: a header set a request carries. */
    public record As(Map<String, String> headers) {
        public static final As ANONYMOUS = new As(Map.of());

        public static As bearer(String token) {
            return new As(Map.of("Authorization", "Bearer " + token));
        }

        public static As apiKey(String key) {
            return new As(Map.of("X-API-Key", key));
        }

        public As language(String tag) {
            return with("Accept-Language", tag);
        }

        public As withContentType(String type) {
            return with("Content-Type", type);
        }

        public As header(String name, String value) {
            return with(name, value);
        }

        private As with(String header, String value) {
            var all = new java.util.HashMap<>(headers);
            all.put(header, value);
            return new As(Map.copyOf(all));
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public Api(URL base, JsonMapper json) {
        this.base = URI.create(base.toString());
        this.json = json;
    }

    public Response get(String path, As as) {
        return send("GET", path, as, null);
    }

    public Response post(String path, As as, String body) {
        return send("POST", path, as, body);
    }

    public Response patch(String path, As as, String body) {
        return send("PATCH", path, as, body);
    }

    public Response delete(String path, As as) {
        return send("DELETE", path, as, null);
    }

    /** A multipart/form-data request: text fields, then one file part. */
    public Response postMultipart(String path, As as, Map<String, String> fields, String fileField, byte[] file) {
        return postMultipart(path, as, fields, fileField == null ? Map.of() : Map.of(fileField, file));
    }

    /** A multipart/form-data request: text fields, then file parts. */
    public Response postMultipart(String path, As as, Map<String, String> fields, Map<String, byte[]> files) {
        String boundary = "----meridian-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: application/json\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + name + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(utf8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        as.headers().forEach(request::header);
        return exchange(request);
    }

    /** The raw bytes of a response (downloads), with its status and headers. */
    public HttpResponse<byte[]> getBytes(String path, As as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        as.headers().forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response put(String path, As as, String body) {
        return send("PUT", path, as, body);
    }

    public Response send(String method, String path, As as, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !as.headers().containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        as.headers().forEach(request::header);
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in and returns the bearer token. */
    public String login(String tenant, String email, String password) {
        Response response = post("/api/v1/auth/login", As.ANONYMOUS,
                toJson(Map.of("tenant", tenant, "email", email, "password", password)));
        if (response.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + response);
        }
        return response.string("accessToken");
    }
}
