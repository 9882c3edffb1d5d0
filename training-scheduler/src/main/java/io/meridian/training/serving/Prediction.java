package io.meridian.training.serving;

/**
 * The answer of a model for one row: the model's raw labels and values (translating them is the
 * platform's job).
 */
public sealed interface Prediction permits ClassPrediction, ValuePrediction {
}
