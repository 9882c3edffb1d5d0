package io.meridian.api.models;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.registry.RegistryNames;
import io.meridian.registry.VersionRef;
import io.meridian.registry.Violation;
import io.meridian.registry.VersionRules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Query parameters of the registry's searches, checked into filters. */
final class RegistryQueries {

    private static final Pattern THRESHOLD = Pattern.compile("([a-z][a-z0-9_]{0,63})(>=|<=)(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)");

    private RegistryQueries() {
    }

    static List<String> tags(List<String> tags, String parameter) {
        if (tags == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        VersionRules.tags(tags, parameter, violations);
        RegistryProblems.throwIfAny(violations);
        return List.copyOf(tags);
    }

    /** {@code accuracy>=0.9}, {@code rmse<=1.5}. */
    static List<RegistrySearch.Threshold> thresholds(List<String> metrics) {
        if (metrics == null) {
            return List.of();
        }
        List<RegistrySearch.Threshold> thresholds = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            Matcher matcher = THRESHOLD.matcher(metrics.get(i));
            if (!matcher.matches()) {
                throw ApiException.invalid(FieldError.of("metric[" + i + "]", "field.invalid-threshold"));
            }
            thresholds.add(new RegistrySearch.Threshold(matcher.group(1), ">=".equals(matcher.group(2)), Double.parseDouble(matcher.group(3))));
        }
        return thresholds;
    }

    static VersionRef ref(String text, String parameter) {
        return VersionRef.parse(text).orElseThrow(() -> ApiException.invalid(FieldError.of(parameter, "field.invalid-version-ref")));
    }

    static String alias(String alias) {
        if (alias != null && !RegistryNames.isAlias(alias)) {
            throw ApiException.invalid(FieldError.of("alias", "field.invalid-alias"));
        }
        return alias;
    }
}
