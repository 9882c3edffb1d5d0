package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TribuoCartTrainerTest {

    @TempDir
    Path dir;

    @Test
    void learnsXorThatALinearModelCannot() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.xor(dir.resolve("xor.csv"), 600, 3), "label");
        RunRecorder recorder = new RunRecorder();

        TrainingOutcome tree = new TribuoCartTrainer().train(recorder.run(data, Map.of("maxDepth", 6),
                Files.createDirectory(dir.resolve("tree"))));
        TrainingOutcome linear = new TribuoLogisticRegressionTrainer().train(new RunRecorder().run(data, Map.of("epochs", 5),
                Files.createDirectory(dir.resolve("linear"))));

        assertThat(tree.metrics().values().get("accuracy")).isGreaterThan(0.9);
        // the baseline: a line through XOR is right about half the time
        assertThat(linear.metrics().values().get("accuracy")).isLessThan(0.7);
        assertThat(tree.format()).isEqualTo(ArtifactFormat.TRIBUO);
        assertThat(tree.signature().labels()).containsExactly("no", "yes");
        assertThat(tree.metrics().confusionMatrix().labels()).containsExactly("no", "yes");
        assertThat(tree.hyperparameters()).containsEntry("maxDepth", "6").containsEntry("minChildWeight", "5.0");
        assertThat(recorder.progress).singleElement().satisfies(epoch -> {
            assertThat(epoch.loss()).isBetween(0.0, 0.3);
            assertThat(epoch.accuracy()).isEqualTo(tree.metrics().values().get("accuracy"));
        });
        assertThat(tree.provenance()).contains("CARTJointRegressionTrainer");
    }

    @Test
    void itsArtifactGivesClassProbabilities() throws Exception {
        TrainingData data = RunRecorder.csv(SyntheticCsv.xor(dir.resolve("xor.csv"), 600, 3), "label");
        TrainingOutcome outcome = new TribuoCartTrainer().train(new RunRecorder().run(data, Map.of(), dir));

        @SuppressWarnings("unchecked")
        Model<Regressor> model = (Model<Regressor>) TribuoModels.load(outcome.artifact());
        var probabilities = TribuoModels.classProbabilities(model.predict(
                new ArrayExample<>(new Regressor("?", 0), new String[] {"x", "y"}, new double[] {0.6, -0.6})));

        assertThat(probabilities.keySet()).containsExactly("yes", "no");
        assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void validatesItsHyperparameters() {
        assertThat(new TribuoCartTrainer().validate(Map.of("maxDepth", 100, "fractionFeaturesInSplit", "all")))
                .containsExactly(Violation.of("hyperparameters.fractionFeaturesInSplit", "field.wrong-type", "expected", "number"),
                        new Violation("hyperparameters.maxDepth", "field.out-of-range", Map.of("min", 1, "max", 64)));
    }
}
