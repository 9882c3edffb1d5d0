package io.meridian.training.trainers;

import io.meridian.registry.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassificationEvaluationTest {

    @Test
    void computesAccuracyMacroF1AndTheConfusionMatrix() {
        Metrics metrics = ClassificationEvaluation.of(List.of("cat", "dog"),
                List.of("cat", "cat", "cat", "dog", "dog", "bird"),
                List.of("cat", "cat", "dog", "dog", "cat", "cat"), List.of(0.9, 0.5));

        assertThat(metrics.values().get("accuracy")).isCloseTo(3 / 6.0, within(1e-12));
        // F1 cat = 2·2/(3+4), dog = 2·1/(2+2), bird = 0 (never predicted): the mean of the three
        assertThat(metrics.values().get("macro_f1")).isCloseTo((4 / 7.0 + 0.5 + 0) / 3, within(1e-12));
        // a label only the test data has comes after the model's labels
        assertThat(metrics.confusionMatrix().labels()).containsExactly("cat", "dog", "bird");
        assertThat(metrics.confusionMatrix().counts()).containsExactly(List.of(2L, 1L, 0L), List.of(1L, 1L, 0L), List.of(1L, 0L, 0L));
        assertThat(metrics.lossCurve()).containsExactly(0.9, 0.5);
    }

    @Test
    void leavesOutLabelsNeitherTrueNorPredictedFromMacroF1() {
        Metrics metrics = ClassificationEvaluation.of(List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "b"), List.of());

        assertThat(metrics.values().get("macro_f1")).isEqualTo(1.0);
    }

    @Test
    void computesRegressionErrors() {
        Metrics metrics = RegressionEvaluation.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 6}, List.of(1.0));

        assertThat(metrics.values().get("rmse")).isCloseTo(1.0, within(1e-12));
        assertThat(metrics.values().get("mae")).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.values().get("r2")).isCloseTo(1 - 4 / 5.0, within(1e-12));
    }
}
