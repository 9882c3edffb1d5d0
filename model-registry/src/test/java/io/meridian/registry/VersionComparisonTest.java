package io.meridian.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {

    @Test
    void sideBySideWithDifferences() {
        Metrics left = new Metrics(Map.of("accuracy", 0.80, "macro_f1", 0.70), List.of(), null);
        Metrics right = new Metrics(Map.of("accuracy", 0.85, "rmse", 1.5), List.of(), null);
        Lineage leftLineage = new Lineage(null, null, null, "sgd", Map.of("epochs", "10", "lr", "0.1"), null);
        Lineage rightLineage = new Lineage(null, null, null, "sgd", Map.of("epochs", "20", "lr", "0.1"), null);

        VersionComparison.Result result = VersionComparison.compare(left, leftLineage, right, rightLineage);

        assertThat(result.metrics()).extracting(VersionComparison.MetricRow::name).containsExactly("accuracy", "macro_f1", "rmse");
        assertThat(result.metrics().getFirst().delta()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.metrics().get(1).right()).isNull();
        assertThat(result.metrics().get(1).delta()).isNull();
        assertThat(result.hyperparameters()).containsExactly(
                new VersionComparison.ParameterRow("epochs", "10", "20", false),
                new VersionComparison.ParameterRow("lr", "0.1", "0.1", true));
    }
}
