package io.meridian.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionRulesTest {

    private static final Signature TABULAR = new Signature(List.of(
            new Feature("age", FeatureType.INTEGER, List.of()),
            new Feature("plan", FeatureType.CATEGORY, List.of())), List.of("stay", "churn"));

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.key()).toList();
    }

    @Test
    void aCompleteVersionIsValid() {
        Metrics metrics = new Metrics(Map.of("accuracy", 0.91, "macro_f1", 0.88), List.of(0.7, 0.4, 0.3),
                new ConfusionMatrix(List.of("stay", "churn"), List.of(List.of(90L, 10L), List.of(8L, 92L))));
        Lineage lineage = new Lineage(null, "a".repeat(64), null, "tribuo-logistic", Map.of("epochs", "10"), "{}");
        assertThat(VersionRules.validate(ModelTask.CLASSIFICATION, TABULAR, metrics, lineage, List.of("team:risk", "eu"))).isEmpty();
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        Signature signature = new Signature(List.of(
                new Feature("age", FeatureType.INTEGER, List.of(3)),
                new Feature("age", FeatureType.FLOAT, List.of()),
                new Feature("pixels", FeatureType.TENSOR, List.of()),
                new Feature(" ", null, List.of())), List.of("only"));
        Metrics metrics = new Metrics(Map.of("Accuracy", 0.5, "loss", Double.NaN), List.of(Double.POSITIVE_INFINITY),
                new ConfusionMatrix(List.of("only", "other"), List.of(List.of(1L, 2L))));
        Lineage lineage = new Lineage(null, "not-a-hash", null, null, Map.of(), null);

        List<String> fields = fields(VersionRules.validate(ModelTask.CLASSIFICATION, signature, metrics, lineage, List.of("Bad Tag", "ok", "ok")));

        assertThat(fields).containsExactlyInAnyOrder(
                "signature.inputs[0].shape field.shape-only-for-tensors",
                "signature.inputs[1].name field.duplicate",
                "signature.inputs[2].shape field.invalid-shape",
                "signature.inputs[3].name field.required",
                "signature.inputs[3].type field.required",
                "signature.labels field.too-few",
                "metrics.values.Accuracy field.invalid-metric-name",
                "metrics.values.loss field.not-finite",
                "metrics.lossCurve field.not-finite",
                "metrics.confusionMatrix.counts field.not-square",
                "metrics.confusionMatrix.labels field.unknown-label",
                "lineage.datasetSha256 field.invalid-sha256",
                "tags[0] field.invalid-tag",
                "tags[2] field.duplicate");
    }

    @Test
    void aRegressionHasNoLabelsAndASignatureIsRequired() {
        Signature withLabels = new Signature(List.of(new Feature("x", FeatureType.FLOAT, List.of())), List.of("a", "b"));
        assertThat(fields(VersionRules.validate(ModelTask.REGRESSION, withLabels, null, null, null)))
                .containsExactly("signature.labels field.no-labels-for-regression");
        assertThat(fields(VersionRules.validate(ModelTask.REGRESSION, null, null, null, null)))
                .containsExactly("signature field.required");
        Signature tensor = new Signature(List.of(new Feature("image", FeatureType.TENSOR, List.of(-1, 28, 28))), List.of());
        assertThat(VersionRules.validate(ModelTask.REGRESSION, tensor, Metrics.none(), Lineage.none(), List.of())).isEmpty();
    }
}
