package io.meridian.training.trainers;

import ai.djl.Device;
import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.ModelTask;
import io.meridian.training.datasets.IdxFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DjlMlpTrainerTest {

    @TempDir
    Path dir;

    private final DjlMlpTrainer trainer = new DjlMlpTrainer();

    @Test
    void learnsRingsThatNoLineSeparates() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.rings(dir.resolve("rings.csv"), 800, 4), "label");
        RunRecorder recorder = new RunRecorder();
        Map<String, Object> hyperparameters = Map.of("hiddenSizes", List.of(32, 32), "epochs", 30, "batchSize", 32,
                "learningRate", 0.01);

        TrainingOutcome mlp = trainer.train(recorder.run(data, Optional.empty(), hyperparameters, 1, Files.createDirectory(dir.resolve("mlp"))));
        TrainingOutcome linear = new TribuoLogisticRegressionTrainer().train(new RunRecorder().run(data, Map.of("epochs", 5),
                Files.createDirectory(dir.resolve("linear"))));

        assertThat(mlp.metrics().values().get("accuracy")).isGreaterThan(0.9);
        // the baseline: a line through concentric rings is barely better than a guess
        assertThat(linear.metrics().values().get("accuracy")).isLessThan(0.7);
        assertThat(recorder.progress).hasSize(30);
        assertThat(recorder.progress.getLast().loss()).isLessThan(recorder.progress.getFirst().loss());
        assertThat(mlp.metrics().lossCurve()).hasSize(30);
        assertThat(mlp.format()).isEqualTo(ArtifactFormat.DJL_PYTORCH);
        assertThat(mlp.signature().labels()).containsExactly("inside", "outside");
        // a GPU was granted, none is here: the CPU took over and the log says so
        assertThat(mlp.device()).isEqualTo("cpu()");
        assertThat(recorder.log).anyMatch(line -> line.contains("DJL sees none"));
        assertThat(mlp.hyperparameters()).containsEntry("hiddenSizes", "[32, 32]").containsEntry("optimizer", "adam");
    }

    @Test
    void learnsImagesAndItsArtifactLoadsForServing() throws Exception {
        byte[] labels = IdxFiles.labelValues(500, 10, 7);
        Path images = IdxFiles.write(dir.resolve("images"), IdxFiles.images(labels, 12, 7), false);
        Path labelFile = IdxFiles.write(dir.resolve("labels"), IdxFiles.labels(labels), false);

        TrainingOutcome outcome = trainer.train(new RunRecorder().run(RunRecorder.idx(images, labelFile),
                Map.of("hiddenSizes", List.of(64), "epochs", 8, "batchSize", 32), dir));

        assertThat(outcome.metrics().values().get("accuracy")).isGreaterThan(0.9);
        assertThat(outcome.task()).isEqualTo(ModelTask.IMAGE_CLASSIFICATION);
        assertThat(outcome.signature().inputs()).containsExactly(new Feature("pixels", FeatureType.TENSOR, List.of(-1, 12, 12)));
        try (ZipFile zip = new ZipFile(outcome.artifact().toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName())).containsExactlyInAnyOrder("mlp-0000.params", "serving.json");
        }
        try (DjlMlpModels.LoadedMlp loaded = DjlMlpModels.load(outcome.artifact(), dir.resolve("served"), Device.cpu())) {
            assertThat(loaded.spec().input()).isEqualTo("image");
            assertThat(loaded.spec().labels()).hasSize(10);
            float[] image = new float[144];
            // class 5 lights the square at rows 3-4, columns 3-4 (IdxFiles: four squares per row of 3 pixels)
            for (int r = 3; r < 5; r++) {
                for (int c = 3; c < 5; c++) {
                    image[r * 12 + c] = 1f;
                }
            }
            float[] probabilities = loaded.probabilities(image);
            int best = 0;
            for (int i = 1; i < probabilities.length; i++) {
                best = probabilities[i] > probabilities[best] ? i : best;
            }
            assertThat(loaded.spec().labels().get(best)).isEqualTo("5");
        }
    }

    @Test
    void keepsTheEncodingServingNeeds() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.blobs(dir.resolve("blobs.csv"), 200, 1), "label");
        TrainingOutcome outcome = trainer.train(new RunRecorder().run(data, Map.of("epochs", 2, "hiddenSizes", List.of(8)), dir));

        try (DjlMlpModels.LoadedMlp loaded = DjlMlpModels.load(outcome.artifact(), dir.resolve("served"), Device.cpu())) {
            MlpServingSpec spec = loaded.spec();
            assertThat(spec.dimensionNames()).containsExactly("x", "y", "color=blue", "color=green", "color=red");
            assertThat(spec.columns()).extracting(MlpServingSpec.Column::name).containsExactly("x", "y", "color");
            assertThat(spec.columns().get(1).std()).isBetween(10.0, 20.0);
            assertThat(spec.labels()).containsExactly("a", "b");
        }
    }

    @Test
    void stopsBetweenBatchesWhenCancelled() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.rings(dir.resolve("rings.csv"), 400, 4), "label");
        RunRecorder recorder = new RunRecorder();
        recorder.cancelAfterEpochs = 1;

        assertThatThrownBy(() -> trainer.train(recorder.run(data, Map.of("epochs", 100, "batchSize", 16), dir)))
                .isInstanceOf(TrainingCancelledException.class);
        assertThat(recorder.progress).hasSize(1);
        assertThat(dir.resolve("model.zip")).doesNotExist();
    }

    @Test
    void validatesItsHyperparameters() {
        assertThat(trainer.validate(Map.of("hiddenSizes", List.of(256, 128), "activation", "tanh", "optimizer", "sgd"))).isEmpty();
        assertThat(trainer.validate(Map.of("hiddenSizes", List.of(256, 0, 1.5), "activation", "gelu", "batchSize", "big",
                "learningRate", 0)))
                .extracting(violation -> violation.field() + " " + violation.key())
                .containsExactly("hyperparameters.activation field.invalid-choice", "hyperparameters.batchSize field.wrong-type",
                        "hyperparameters.hiddenSizes[1] field.out-of-range", "hyperparameters.hiddenSizes[2] field.wrong-type",
                        "hyperparameters.learningRate field.out-of-range");
    }
}
