package io.meridian.training.serving;

import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a model version's artifact into the {@link Predictor} that serves it. The platform calls
 * this once per version and caches the result; loading reads the whole artifact (and, for DJL,
 * native libraries and memory), predicting afterwards touches no file.
 */
public final class Predictors {

    private Predictors() {
    }

    /**
     * @param format    how the artifact is serialized: TRIBUO (the four Tribuo trainers) or DJL_PYTORCH ({@code djl-mlp})
     * @param signature the version's signature: the inputs rows must bring, the labels answers carry
     * @param task      REGRESSION gives values, every other task labels with probabilities
     * @throws IOException              when the artifact cannot be read
     * @throws IllegalArgumentException when the artifact does not match the signature, or no runtime serves the format
     */
    public static Predictor load(ArtifactFormat format, Path artifact, Signature signature, ModelTask task, ServingOptions options)
            throws IOException {
        return switch (format) {
            case TRIBUO -> TribuoPredictors.load(artifact, signature, task, options);
            case DJL_PYTORCH -> {
                if (task == ModelTask.REGRESSION) {
                    throw new IllegalArgumentException("djl-mlp models are classifiers; a REGRESSION version cannot be one");
                }
                yield DjlMlpPredictor.load(artifact, signature, task, options);
            }
            case ONNX -> throw new IllegalArgumentException("no runtime of this platform serves ONNX artifacts");
        };
    }
}
