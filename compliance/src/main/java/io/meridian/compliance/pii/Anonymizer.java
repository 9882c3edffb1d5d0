package io.meridian.compliance.pii;

import java.util.List;
import java.util.Map;

/** Applies an operator per entity type to the matches in a text; types without an operator stay. */
public final class Anonymizer {

    private final Pseudonymizer pseudonymizer;

    public Anonymizer(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    /** @param matches non-overlapping and in text order, as {@link PiiScanner#scan} returns them */
    public String apply(String text, List<PiiMatch> matches, Map<EntityType, Operator> operators) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (PiiMatch match : matches) {
            Operator operator = operators.get(match.type());
            if (operator == null) {
                continue;
            }
            out.append(text, copied, match.start());
            out.append(replacement(operator, match.type(), match.text(text)));
            copied = match.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String replacement(Operator operator, EntityType type, String value) {
        return switch (operator) {
            case REDACT -> "[REDACTED]";
            case REPLACE -> "<" + type.name() + ">";
            case MASK -> mask(value);
            case PSEUDONYMIZE -> pseudonymizer.token(type, value);
        };
    }

    private static String mask(String value) {
        int keep = 4;
        StringBuilder masked = new StringBuilder(value);
        for (int i = value.length() - 1; i >= 0; i--) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                if (keep > 0) {
                    keep--;
                } else {
                    masked.setCharAt(i, '*');
                }
            }
        }
        return masked.toString();
    }
}
