package io.meridian.registry;

import java.util.Map;

/**
 * One invalid field of a registry request: its JSON path, a message key of the problems bundle
 * ({@code field.*}) and the key's arguments.
 */
public record Violation(String field, String key, Map<String, Object> arguments) {

    public Violation {
        arguments = Map.copyOf(arguments);
    }

    public static Violation of(String field, String key) {
        return new Violation(field, key, Map.of());
    }

    public static Violation of(String field, String key, String argument, Object value) {
        return new Violation(field, key, Map.of(argument, value));
    }
}
