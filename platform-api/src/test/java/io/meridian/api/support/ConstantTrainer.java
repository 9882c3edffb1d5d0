package io.meridian.api.support;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.Metrics;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;
import io.meridian.training.trainers.EpochProgress;
import io.meridian.training.trainers.Trainer;
import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TrainingRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A trainer for tests of the machinery around training (queue, executors, workers): one epoch, no learning,
 * a small artifact file. It takes GPUs so that GPU requests reach the executors.
 */
public final class ConstantTrainer implements Trainer {

    public static final String NAME = "constant-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> datasetFormats() {
        return List.of("CSV");
    }

    @Override
    public boolean usesGpus() {
        return true;
    }

    @Override
    public List<Violation> validate(Map<String, Object> hyperparameters) {
        return List.of();
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        run.checkCancelled();
        run.log().accept("constant trainer: " + Files.size(run.data().file()) + " bytes of data");
        run.progress().epochFinished(new EpochProgress(1, 1, 0.5, 0.5, 1000));
        Path artifact = Files.writeString(run.workDirectory().resolve("constant.model"), "always yes, seed " + run.seed());
        return new TrainingOutcome(artifact, ArtifactFormat.TRIBUO, ModelTask.CLASSIFICATION,
                new Signature(List.of(new Feature("x1", FeatureType.FLOAT, null)), List.of("yes", "no")),
                new Metrics(Map.of("accuracy", 0.5), List.of(0.5), null), Map.of("epochs", "1"), null, "cpu()");
    }
}
