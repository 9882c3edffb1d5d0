package io.meridian.training.trainers;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Everything one attempt of a job gives its trainer.
 *
 * @param data            the training dataset, as local files
 * @param testData        a separate test dataset; when empty the trainer holds out
 *                        {@code hyperparameters.testFraction} (default 0.2) of {@code data}, split by {@code seed}
 * @param hyperparameters validated by {@link Trainer#validate} before
 * @param gpus            GPUs granted to this attempt (0: CPU only); the trainer asks DJL for the
 *                        devices and falls back to CPU when none is there
 * @param seed            for every random choice (split, initialization, shuffling), so a rerun repeats
 * @param workDirectory   an empty directory of this attempt; the artifact goes here
 * @param progress        called once per epoch
 * @param log             human-readable log lines (kept per job)
 * @param cancelled       true once the job has been cancelled
 */
public record TrainingRun(TrainingData data, Optional<TrainingData> testData, Map<String, Object> hyperparameters,
                          int gpus, long seed, Path workDirectory, ProgressListener progress,
                          Consumer<String> log, BooleanSupplier cancelled) {

    public TrainingRun {
        hyperparameters = Map.copyOf(hyperparameters);
    }

    /** Throws when the job has been cancelled; trainers call it between epochs and batches. */
    public void checkCancelled() throws TrainingCancelledException {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException();
        }
    }
}
