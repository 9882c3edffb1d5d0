package io.meridian.training.datasets;

import java.util.Map;

/**
 * A dataset that cannot be read as what it claims to be; the message key (problems bundle,
 * {@code field.*}) and its arguments say why, for the client in its own language.
 */
public final class DatasetFormatException extends RuntimeException {

    private final String key;
    private final Map<String, Object> arguments;

    public DatasetFormatException(String key, Map<String, Object> arguments) {
        super(key + " " + arguments, null, false, false);
        this.key = key;
        this.arguments = Map.copyOf(arguments);
    }

    public String key() {
        return key;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
