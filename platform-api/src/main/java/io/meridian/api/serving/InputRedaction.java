package io.meridian.api.serving;

import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiMatch;
import io.meridian.compliance.pii.PiiScanner;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs as the inference log may keep them: personal data the scanner finds in text values
 * replaced by [REDACTED] (never pseudonymized here: a log needs no joins, and holds no key).
 * Numbers and booleans stay as they are.
 */
@Singleton
final class InputRedaction {

    private final PiiScanner scanner = PiiScanner.all();
    private final Anonymizer anonymizer = new Anonymizer(null);
    private final Map<EntityType, Operator> redactAll = new EnumMap<>(EntityType.class);

    InputRedaction() {
        for (EntityType type : EntityType.values()) {
            redactAll.put(type, Operator.REDACT);
        }
    }

    List<Map<String, Object>> redact(List<Map<String, Object>> rows) {
        return rows.stream().map(this::redactRow).toList();
    }

    private Map<String, Object> redactRow(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((name, value) -> out.put(name, value instanceof String text ? redactText(text) : value));
        return out;
    }

    private String redactText(String text) {
        List<PiiMatch> matches = scanner.scan(text);
        return matches.isEmpty() ? text : anonymizer.apply(text, matches, redactAll);
    }
}
