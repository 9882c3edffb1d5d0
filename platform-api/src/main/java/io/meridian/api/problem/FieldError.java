package io.meridian.api.problem;

import java.util.Map;

/**
 * One invalid field: its JSON name, a message key from the problems bundle ({@code field.*})
 * and the key's arguments.
 */
public record FieldError(String field, String messageKey, Map<String, Object> arguments) {

    public static FieldError of(String field, String messageKey) {
        return new FieldError(field, messageKey, Map.of());
    }

    public static FieldError of(String field, String messageKey, String argument, Object value) {
        return new FieldError(field, messageKey, Map.of(argument, value));
    }
}
