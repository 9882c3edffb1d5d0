package io.meridian.training.trainers;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Metrics;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a successful run produced, ready to become a model version.
 *
 * @param artifact        the serialized model, a file under the run's work directory
 * @param metrics         measured on the held-out split / test data
 * @param hyperparameters every hyperparameter in effect, defaults included, as strings (lineage)
 * @param provenance      the trainer's own provenance record as JSON (Tribuo's), or null
 * @param device          where it ran, e.g. {@code cpu()} or {@code gpu(0)}
 */
public record TrainingOutcome(Path artifact, ArtifactFormat format, ModelTask task, Signature signature,
                              Metrics metrics, Map<String, String> hyperparameters, String provenance,
                              String device) {

    public TrainingOutcome {
        hyperparameters = Map.copyOf(hyperparameters);
    }
}
