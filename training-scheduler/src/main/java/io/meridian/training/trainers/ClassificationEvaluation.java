package io.meridian.training.trainers;

import io.meridian.registry.ConfusionMatrix;
import io.meridian.registry.Metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A classifier's metrics from the true and predicted labels of its evaluation rows: accuracy,
 * macro F1 and the confusion matrix. Macro F1 averages over the labels that occur as truth or as
 * prediction, so that a class missing from a small held-out split does not count as a zero.
 */
public final class ClassificationEvaluation {

    private ClassificationEvaluation() {
    }

    /**
     * @param modelLabels the classifier's labels in their stable order; labels seen only in the
     *                    test data are added after them
     */
    public static Metrics of(List<String> modelLabels, List<String> truth, List<String> predicted, List<Double> lossCurve) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as true labels, and at least one: "
                    + truth.size() + " vs " + predicted.size());
        }
        Set<String> ordered = new LinkedHashSet<>(modelLabels);
        ordered.addAll(LabelOrder.of(truth));
        List<String> labels = List.copyOf(ordered);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        long[][] counts = new long[labels.size()][labels.size()];
        long correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            counts[index.get(truth.get(i))][index.get(predicted.get(i))]++;
            if (truth.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        Map<String, Double> values = new HashMap<>();
        values.put("accuracy", correct / (double) truth.size());
        values.put("macro_f1", macroF1(counts));
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : counts) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new Metrics(values, lossCurve, new ConfusionMatrix(labels, rows));
    }

    private static double macroF1(long[][] counts) {
        double sum = 0;
        int classes = 0;
        for (int k = 0; k < counts.length; k++) {
            long truePositives = counts[k][k];
            long actual = 0;
            long predicted = 0;
            for (int j = 0; j < counts.length; j++) {
                actual += counts[k][j];
                predicted += counts[j][k];
            }
            if (actual + predicted == 0) {
                continue;
            }
            sum += 2.0 * truePositives / (actual + predicted);
            classes++;
        }
        return sum / classes;
    }
}
