package io.meridian.training.serving;

import java.util.List;

/**
 * A classifier's answer: the predicted label and every label of the model with its probability,
 * most probable first (ties in the signature's label order); the probabilities sum to 1.
 */
public record ClassPrediction(String label, List<LabelProbability> probabilities) implements Prediction {

    public ClassPrediction {
        probabilities = List.copyOf(probabilities);
    }
}
