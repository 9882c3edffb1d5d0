package io.meridian.registry;

import java.util.Optional;

/**
 * A reference to one version, as clients write it: {@code churn@production} (an alias) or
 * {@code churn@3} (a number).
 */
public record VersionRef(String model, Integer version, String alias) {

    public static Optional<VersionRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@')) {
            return Optional.empty();
        }
        String model = text.substring(0, at);
        String target = text.substring(at + 1);
        if (!RegistryNames.isModelName(model)) {
            return Optional.empty();
        }
        if (RegistryNames.isAlias(target)) {
            return Optional.of(new VersionRef(model, null, target));
        }
        return isVersionNumber(target) ? Optional.of(new VersionRef(model, Integer.valueOf(target), null)) : Optional.empty();
    }

    /** [1-9][0-9]{0,8}: a positive int without leading zeros. */
    private static boolean isVersionNumber(String text) {
        if (text.isEmpty() || text.length() > 9 || text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean byAlias() {
        return alias != null;
    }

    @Override
    public String toString() {
        return model + "@" + (alias != null ? alias : version);
    }
}
