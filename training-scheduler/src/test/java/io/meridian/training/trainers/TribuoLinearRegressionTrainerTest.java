package io.meridian.training.trainers;

import io.meridian.registry.ModelTask;
import io.meridian.training.datasets.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TribuoLinearRegressionTrainerTest {

    @TempDir
    Path dir;

    private final TribuoLinearRegressionTrainer trainer = new TribuoLinearRegressionTrainer();

    @Test
    void fitsALinearPrice() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.prices(dir.resolve("prices.csv"), 500, 5), "price");
        RunRecorder recorder = new RunRecorder();

        TrainingOutcome outcome = trainer.train(recorder.run(data, Map.of("epochs", 30), dir));

        // predicting the mean has r2 = 0 and an rmse of the prices' spread (about 70)
        assertThat(outcome.metrics().values().get("r2")).isGreaterThan(0.95);
        assertThat(outcome.metrics().values().get("rmse")).isLessThan(15);
        assertThat(outcome.metrics().values().get("mae")).isLessThan(outcome.metrics().values().get("rmse"));
        assertThat(outcome.metrics().confusionMatrix()).isNull();
        assertThat(outcome.metrics().lossCurve()).hasSize(30);
        assertThat(outcome.metrics().lossCurve().getLast()).isLessThan(outcome.metrics().lossCurve().getFirst());
        assertThat(recorder.progress).allSatisfy(epoch -> assertThat(epoch.accuracy()).isNaN());
        assertThat(outcome.task()).isEqualTo(ModelTask.REGRESSION);
        assertThat(outcome.signature().labels()).isEmpty();
        assertThat(outcome.signature().inputs()).extracting(feature -> feature.name())
                .containsExactly("area", "age", "premium", "segment");
    }

    @Test
    void refusesALabelThatIsNoNumber() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 50, 1), "label");

        assertThatThrownBy(() -> trainer.train(new RunRecorder().run(data, Map.of(), dir)))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.key()).isEqualTo("field.label-not-numeric"));
    }
}
