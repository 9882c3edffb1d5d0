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

    public static boolean isModelName(String name) {
        return name != null && MODEL_NAME.matcher(name).matches();
    }

    public static boolean isAlias(String alias) {
        return alias != null && ALIAS.matcher(alias).matches();
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
