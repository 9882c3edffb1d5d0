package io.meridian.training.serving;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A classifier's labels in the signature's order, and the ranking of one row's probabilities into a {@link ClassPrediction}. */
final class LabelRanking {

    private final List<String> labels;
    private final Map<String, Integer> indices = new HashMap<>();

    LabelRanking(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (int i = 0; i < labels.size(); i++) {
            indices.put(labels.get(i), i);
        }
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return labels.size();
    }

    /** The position of {@code label}; a label the signature lacks is an artifact that does not match it. */
    int index(String label) {
        Integer index = indices.get(label);
        if (index == null) {
            throw new IllegalStateException("the model predicts label " + label + ", which its signature lacks");
        }
        return index;
    }

    /** {@code probabilities[offset + i]} is label i's; most probable first, ties in label order. */
    ClassPrediction rank(float[] probabilities, int offset) {
        double[] values = new double[labels.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = probabilities[offset + i];
        }
        return rank(values);
    }

    ClassPrediction rank(double[] probabilities) {
        List<LabelProbability> ranked = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            ranked.add(new LabelProbability(labels.get(i), probabilities[i]));
        }
        // a stable sort: equal probabilities keep the label order
        ranked.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return new ClassPrediction(ranked.getFirst().label(), ranked);
    }
}
