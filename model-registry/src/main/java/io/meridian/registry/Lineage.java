package io.meridian.registry;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where a version came from: the dataset (and its checksum, so a changed dataset is noticed),
 * the training job, the trainer and its hyperparameters, and the trainer's own provenance record
 * (Tribuo's, as JSON) where it has one. Every field may be empty for a model trained elsewhere.
 */
public record Lineage(UUID datasetId, String datasetSha256, UUID trainingJobId, String trainer,
                      Map<String, String> hyperparameters, String provenance) {

    public Lineage {
        hyperparameters = hyperparameters == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(hyperparameters));
    }

    public static Lineage none() {
        return new Lineage(null, null, null, null, Map.of(), null);
    }
}
