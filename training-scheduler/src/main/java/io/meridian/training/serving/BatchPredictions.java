package io.meridian.training.serving;

import java.util.List;

/**
 * The answers of {@link Predictor#predictBatch}, as arrays rather than an object per row: for a
 * classifier each row's probability of each label (in the signature's label order) and the index
 * of the predicted label; for a regression each row's value.
 */
public final class BatchPredictions {

    private final int rows;
    private final List<String> labels;
    private final float[] probabilities;
    private final int[] predicted;
    private final double[] values;

    private BatchPredictions(int rows, List<String> labels, float[] probabilities, int[] predicted, double[] values) {
        this.rows = rows;
        this.labels = labels;
        this.probabilities = probabilities;
        this.predicted = predicted;
        this.values = values;
    }

    /** {@code probabilities}: rows × labels, row-major; the predicted label is the most probable (the first on ties). */
    static BatchPredictions ofClasses(List<String> labels, float[] probabilities) {
        int width = labels.size();
        int rows = probabilities.length / width;
        int[] predicted = new int[rows];
        for (int row = 0; row < rows; row++) {
            int best = 0;
            for (int k = 1; k < width; k++) {
                if (probabilities[row * width + k] > probabilities[row * width + best]) {
                    best = k;
                }
            }
            predicted[row] = best;
        }
        return new BatchPredictions(rows, List.copyOf(labels), probabilities, predicted, null);
    }

    static BatchPredictions ofValues(double[] values) {
        return new BatchPredictions(values.length, List.of(), null, null, values);
    }

    public int rows() {
        return rows;
    }

    /** The classifier's labels, in signature order; empty for a regression. */
    public List<String> labels() {
        return labels;
    }

    public boolean isClassification() {
        return probabilities != null;
    }

    public String label(int row) {
        return labels.get(predictedIndex(row));
    }

    public int predictedIndex(int row) {
        requireClassification();
        return predicted[row];
    }

    public float probability(int row, int labelIndex) {
        requireClassification();
        return probabilities[row * labels.size() + labelIndex];
    }

    public double value(int row) {
        if (values == null) {
            throw new IllegalStateException("a classifier's predictions have no values");
        }
        return values[row];
    }

    private void requireClassification() {
        if (probabilities == null) {
            throw new IllegalStateException("a regression's predictions have no labels");
        }
    }
}
