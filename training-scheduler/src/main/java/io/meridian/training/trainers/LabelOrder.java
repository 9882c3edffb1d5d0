package io.meridian.training.trainers;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The stable order of a classifier's labels, used for its signature, outputs and confusion
 * matrix: numerically when every label is an integer (so "10" follows "9"), else by code point.
 */
public final class LabelOrder {

    private LabelOrder() {
    }

    public static List<String> of(Collection<String> labels) {
        boolean integers = labels.stream().allMatch(LabelOrder::isInteger);
        Comparator<String> order = integers
                ? Comparator.comparing((String label) -> new java.math.BigInteger(label)).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        TreeSet<String> sorted = new TreeSet<>(order);
        sorted.addAll(labels);
        return List.copyOf(sorted);
    }

    private static boolean isInteger(String label) {
        return label.matches("[+-]?\\d{1,30}");
    }
}
