package io.meridian.api.problem;

import io.micronaut.json.JsonMapper;

import java.io.IOException;

/**
 * JSON that arrives as a part of a multipart request rather than as the body, so the framework
 * does not read it: read here, with the body's errors (unknown field, malformed).
 */
public final class JsonPart {

    private JsonPart() {
    }

    public static <T> T read(JsonMapper json, String part, Class<T> type) {
        try {
            return json.readValue(part, type);
        } catch (IOException | RuntimeException e) {
            throw ApiException.unreadableJson(e);
        }
    }
}
