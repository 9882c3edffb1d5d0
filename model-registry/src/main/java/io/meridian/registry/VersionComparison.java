package io.meridian.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Two versions side by side: every metric and hyperparameter either has, with the difference. */
public final class VersionComparison {

    /** A metric of both (or one) versions; delta is right minus left when both have it. */
    public record MetricRow(String name, Double left, Double right, Double delta) {
    }

    public record ParameterRow(String name, String left, String right, boolean same) {
    }

    public record Result(List<MetricRow> metrics, List<ParameterRow> hyperparameters) {
    }

    private VersionComparison() {
    }

    public static Result compare(Metrics left, Lineage leftLineage, Metrics right, Lineage rightLineage) {
        List<MetricRow> metrics = new ArrayList<>();
        for (String name : union(left.values(), right.values())) {
            Double a = left.values().get(name);
            Double b = right.values().get(name);
            metrics.add(new MetricRow(name, a, b, a != null && b != null ? b - a : null));
        }
        List<ParameterRow> parameters = new ArrayList<>();
        for (String name : union(leftLineage.hyperparameters(), rightLineage.hyperparameters())) {
            String a = leftLineage.hyperparameters().get(name);
            String b = rightLineage.hyperparameters().get(name);
            parameters.add(new ParameterRow(name, a, b, Objects.equals(a, b)));
        }
        return new Result(metrics, parameters);
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
