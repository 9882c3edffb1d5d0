package io.meridian.training.serving;

/** One label of a classifier with the probability the model gives it. */
public record LabelProbability(String label, double probability) {
}
