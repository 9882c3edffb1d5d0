package io.meridian.training.serving;

/** A regression's answer. */
public record ValuePrediction(double value) implements Prediction {
}
