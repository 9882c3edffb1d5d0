package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.ModelTask;
import io.meridian.training.datasets.IdxFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TribuoLogisticRegressionTrainerTest {

    @TempDir
    Path dir;

    private final TribuoLogisticRegressionTrainer trainer = new TribuoLogisticRegressionTrainer();

    @Test
    void separatesTwoBlobsAndReportsEveryEpoch() throws Exception {
        RunRecorder recorder = new RunRecorder();
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 400, 1), "label");

        TrainingOutcome outcome = trainer.train(recorder.run(data, Map.of("epochs", 4), Files.createDirectory(dir.resolve("work"))));

        // the classes are balanced: a constant guess gets 0.5
        assertThat(outcome.metrics().values().get("accuracy")).isGreaterThan(0.9);
        assertThat(outcome.metrics().values().get("macro_f1")).isGreaterThan(0.9);
        assertThat(outcome.metrics().lossCurve()).hasSize(4);
        assertThat(outcome.metrics().confusionMatrix().labels()).containsExactly("a", "b");
        assertThat(outcome.metrics().confusionMatrix().counts().stream().flatMap(List::stream).mapToLong(Long::longValue).sum())
                .isEqualTo(80);
        assertThat(recorder.progress).extracting(EpochProgress::epoch).containsExactly(1, 2, 3, 4);
        assertThat(recorder.progress).allSatisfy(epoch -> {
            assertThat(epoch.epochs()).isEqualTo(4);
            assertThat(epoch.samplesPerSecond()).isPositive();
            assertThat(epoch.accuracy()).isBetween(0.0, 1.0);
        });
        assertThat(recorder.progress.getFirst().loss()).isGreaterThan(recorder.progress.getLast().loss());
        assertThat(outcome.task()).isEqualTo(ModelTask.CLASSIFICATION);
        assertThat(outcome.format()).isEqualTo(ArtifactFormat.TRIBUO);
        // the free-text column is no input of a tabular model
        assertThat(outcome.signature().inputs()).containsExactly(new Feature("x", FeatureType.FLOAT, List.of()),
                new Feature("y", FeatureType.FLOAT, List.of()), new Feature("color", FeatureType.CATEGORY, List.of()));
        assertThat(outcome.signature().labels()).containsExactly("a", "b");
        assertThat(outcome.hyperparameters()).containsEntry("epochs", "4").containsEntry("testFraction", "0.2")
                .containsEntry("optimizer", "adagrad");
        assertThat(outcome.provenance()).contains("EpochReportingLogisticSgd").contains("LogMulticlass");
        assertThat(outcome.device()).isEqualTo("cpu()");
    }

    @Test
    void itsArtifactLoadsAndStandardizesRawInputs() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 400, 1), "label");
        TrainingOutcome outcome = trainer.train(new RunRecorder().run(data, Map.of("epochs", 3), dir));

        @SuppressWarnings("unchecked")
        Model<Label> model = (Model<Label>) TribuoModels.load(outcome.artifact());

        assertThat(model.predict(new ArrayExample<>(new Label("?"), new String[] {"x", "y"}, new double[] {2, 20}))
                .getOutput().getLabel()).isEqualTo("b");
        assertThat(model.predict(new ArrayExample<>(new Label("?"), new String[] {"x", "y", "color=red"}, new double[] {-2, -20, 1}))
                .getOutput().getLabel()).isEqualTo("a");
    }

    @Test
    void learnsImagesFromIdxWithSeparateTestData() throws Exception {
        TrainingData train = idx("train", 600, 1);
        TrainingData test = idx("test", 200, 2);
        RunRecorder recorder = new RunRecorder();

        TrainingOutcome outcome = trainer.train(recorder.run(train, java.util.Optional.of(test), Map.of("epochs", 3), 0, dir));

        // ten classes: a guess gets 0.1
        assertThat(outcome.metrics().values().get("accuracy")).isGreaterThan(0.9);
        assertThat(outcome.task()).isEqualTo(ModelTask.IMAGE_CLASSIFICATION);
        assertThat(outcome.signature().inputs()).containsExactly(new Feature("pixels", FeatureType.TENSOR, List.of(-1, 12, 12)));
        assertThat(outcome.signature().labels()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(outcome.metrics().confusionMatrix().counts()).hasSize(10);
        assertThat(recorder.progress).hasSize(3);
    }

    @Test
    void stopsWhenTheJobIsCancelled() throws Exception {
        RunRecorder recorder = new RunRecorder();
        recorder.cancelAfterEpochs = 2;
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 200, 1), "label");

        assertThatThrownBy(() -> trainer.train(recorder.run(data, Map.of("epochs", 50), dir)))
                .isInstanceOf(TrainingCancelledException.class);
        assertThat(recorder.progress).hasSize(2);
        assertThat(dir.resolve(TribuoArtifacts.FILE_NAME)).doesNotExist();
    }

    @Test
    void validatesItsHyperparameters() {
        assertThat(trainer.validate(Map.of("epochs", 5, "learningRate", 0.1, "optimizer", "adam", "testFraction", 0.3))).isEmpty();
        assertThat(trainer.validate(Map.of("epochs", 0, "optimizer", "lbfgs", "depth", 3)))
                .extracting(violation -> violation.field() + " " + violation.key())
                .containsExactly("hyperparameters.depth field.unknown-hyperparameter", "hyperparameters.epochs field.out-of-range",
                        "hyperparameters.optimizer field.invalid-choice");
    }

    private TrainingData idx(String name, int count, long seed) throws Exception {
        byte[] labels = IdxFiles.labelValues(count, 10, seed);
        return RunRecorder.idx(IdxFiles.write(dir.resolve(name + "-images"), IdxFiles.images(labels, 12, seed), false),
                IdxFiles.write(dir.resolve(name + "-labels"), IdxFiles.labels(labels), false));
    }
}
