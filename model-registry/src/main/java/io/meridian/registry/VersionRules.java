package io.meridian.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a new version's description valid, field by field, so that a client sees every
 * mistake at once. A version is immutable: whatever passes here is kept for good.
 */
public final class VersionRules {

    static final int MAX_INPUTS = 10_000;
    static final int MAX_LABELS = 10_000;
    static final int MAX_NAME = 200;
    static final int MAX_METRICS = 200;
    static final int MAX_CURVE = 100_000;
    static final int MAX_TAGS = 50;
    static final int MAX_HYPERPARAMETERS = 200;
    static final int MAX_HYPERPARAMETER_VALUE = 1_000;

    private VersionRules() {
    }

    public static List<Violation> validate(ModelTask task, Signature signature, Metrics metrics, Lineage lineage, List<String> tags) {
        List<Violation> violations = new ArrayList<>();
        if (signature == null) {
            violations.add(Violation.of("signature", "field.required"));
        } else {
            inputs(signature.inputs(), violations);
            labels(task, signature.labels(), violations);
        }
        if (metrics != null) {
            metrics(metrics, signature == null ? List.of() : signature.labels(), violations);
        }
        if (lineage != null) {
            lineage(lineage, violations);
        }
        tags(tags, "tags", violations);
        return violations;
    }

    public static void tags(List<String> tags, String field, List<Violation> violations) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            violations.add(Violation.of(field, "field.too-many", "max", MAX_TAGS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!RegistryNames.isTag(tag)) {
                violations.add(Violation.of(field + "[" + i + "]", "field.invalid-tag"));
            } else if (!seen.add(tag)) {
                violations.add(Violation.of(field + "[" + i + "]", "field.duplicate", "value", tag));
            }
        }
    }

    private static void inputs(List<Feature> inputs, List<Violation> violations) {
        if (inputs.isEmpty()) {
            violations.add(Violation.of("signature.inputs", "field.not-empty"));
        } else if (inputs.size() > MAX_INPUTS) {
            violations.add(Violation.of("signature.inputs", "field.too-many", "max", MAX_INPUTS));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Feature feature = inputs.get(i);
            String field = "signature.inputs[" + i + "]";
            if (feature == null) {
                violations.add(Violation.of(field, "field.required"));
                continue;
            }
            name(feature.name(), field + ".name", names, violations);
            if (feature.type() == null) {
                violations.add(Violation.of(field + ".type", "field.required"));
            } else if (feature.type() == FeatureType.TENSOR) {
                if (feature.shape().isEmpty() || feature.shape().stream().anyMatch(d -> d == null || (d < 1 && d != -1))) {
                    violations.add(Violation.of(field + ".shape", "field.invalid-shape"));
                }
            } else if (!feature.shape().isEmpty()) {
                violations.add(Violation.of(field + ".shape", "field.shape-only-for-tensors"));
            }
        }
    }

    private static void labels(ModelTask task, List<String> labels, List<Violation> violations) {
        if (labels.size() > MAX_LABELS) {
            violations.add(Violation.of("signature.labels", "field.too-many", "max", MAX_LABELS));
            return;
        }
        boolean classifies = task != ModelTask.REGRESSION;
        if (classifies && labels.size() < 2) {
            violations.add(Violation.of("signature.labels", "field.too-few", "min", 2));
        }
        if (!classifies && !labels.isEmpty()) {
            violations.add(Violation.of("signature.labels", "field.no-labels-for-regression"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            name(labels.get(i), "signature.labels[" + i + "]", names, violations);
        }
    }

    private static void name(String name, String field, Set<String> seen, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(field, "field.required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(Violation.of(field, "field.too-long", "max", MAX_NAME));
        } else if (!seen.add(name)) {
            violations.add(Violation.of(field, "field.duplicate", "value", name));
        }
    }

    private static void metrics(Metrics metrics, List<String> labels, List<Violation> violations) {
        if (metrics.values().size() > MAX_METRICS) {
            violations.add(Violation.of("metrics.values", "field.too-many", "max", MAX_METRICS));
        }
        for (Map.Entry<String, Double> metric : metrics.values().entrySet()) {
            String field = "metrics.values." + metric.getKey();
            if (!RegistryNames.isMetric(metric.getKey())) {
                violations.add(Violation.of(field, "field.invalid-metric-name"));
            } else if (metric.getValue() == null || !Double.isFinite(metric.getValue())) {
                violations.add(Violation.of(field, "field.not-finite"));
            }
        }
        if (metrics.lossCurve().size() > MAX_CURVE) {
            violations.add(Violation.of("metrics.lossCurve", "field.too-many", "max", MAX_CURVE));
        } else if (metrics.lossCurve().stream().anyMatch(value -> value == null || !Double.isFinite(value))) {
            violations.add(Violation.of("metrics.lossCurve", "field.not-finite"));
        }
        ConfusionMatrix matrix = metrics.confusionMatrix();
        if (matrix != null) {
            int size = matrix.labels().size();
            boolean square = matrix.counts().size() == size
                    && matrix.counts().stream().allMatch(row -> row.size() == size && row.stream().allMatch(c -> c != null && c >= 0));
            if (!square) {
                violations.add(Violation.of("metrics.confusionMatrix.counts", "field.not-square", "size", size));
            }
            if (!labels.isEmpty() && !Set.copyOf(labels).containsAll(matrix.labels())) {
                violations.add(Violation.of("metrics.confusionMatrix.labels", "field.unknown-label"));
            }
        }
    }

    private static void lineage(Lineage lineage, List<Violation> violations) {
        if (lineage.datasetSha256() != null && !RegistryNames.isSha256(lineage.datasetSha256())) {
            violations.add(Violation.of("lineage.datasetSha256", "field.invalid-sha256"));
        }
        if (lineage.trainer() != null && lineage.trainer().length() > MAX_NAME) {
            violations.add(Violation.of("lineage.trainer", "field.too-long", "max", MAX_NAME));
        }
        if (lineage.hyperparameters().size() > MAX_HYPERPARAMETERS) {
            violations.add(Violation.of("lineage.hyperparameters", "field.too-many", "max", MAX_HYPERPARAMETERS));
        }
        lineage.hyperparameters().forEach((name, value) -> {
            if (name.isBlank() || name.length() > MAX_NAME) {
                violations.add(Violation.of("lineage.hyperparameters", "field.invalid"));
            } else if (value == null || value.length() > MAX_HYPERPARAMETER_VALUE) {
                violations.add(Violation.of("lineage.hyperparameters." + name, "field.too-long", "max", MAX_HYPERPARAMETER_VALUE));
            }
        });
    }
}
