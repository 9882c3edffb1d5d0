package io.meridian.compliance.policy;

import java.util.Map;

/** One thing wrong with a proposed policy: the offending field, a message key and its arguments. */
public record PolicyViolation(String field, String key, Map<String, Object> arguments) {

    public PolicyViolation {
        arguments = Map.copyOf(arguments);
    }
}
