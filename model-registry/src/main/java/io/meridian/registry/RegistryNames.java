package io.meridian.registry;

import java.util.regex.Pattern;

/**
 * The names the registry accepts. Model names and aliases appear in URLs such as
 * {@code /models/churn@production}, so neither may hold '@' or '/'; an alias starts with a letter
 * so that {@code churn@3} can only mean version 3.
 */
public final class RegistryNames {

    public static final int MODEL_NAME_MAX = 100;
    public static final Pattern MODEL_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    public static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    public static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9:._/=-]{0,63}");
    public static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The alias whose moves may need an approval. */
    public static final String PRODUCTION = "production";

    private RegistryNames() {
    }

    /** {@link #MODEL_NAME}, checked character by character: every predict request checks one. */
    public static boolean isModelName(String name) {
        if (name == null || name.isEmpty() || name.length() > MODEL_NAME_MAX || !lowerOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!lowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@link #ALIAS}, checked character by character: every request by alias checks one. */
    public static boolean isAlias(String alias) {
        if (alias == null || alias.isEmpty() || alias.length() > 64 || !lower(alias.charAt(0))) {
            return false;
        }
        for (int i = 1; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (!lowerOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean lowerOrDigit(char c) {
        return lower(c) || c >= '0' && c <= '9';
    }

    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    public static boolean isMetric(String metric) {
        return metric != null && METRIC.matcher(metric).matches();
    }

    public static boolean isSha256(String hex) {
        return hex != null && SHA256.matcher(hex).matches();
    }
}
