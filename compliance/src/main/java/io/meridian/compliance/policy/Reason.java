package io.meridian.compliance.policy;

import java.util.Map;

/** Why a decision came out as it did: a message key of the i18n bundles and its arguments. */
public record Reason(String key, Map<String, Object> arguments) {

    public Reason {
        arguments = Map.copyOf(arguments);
    }
}
