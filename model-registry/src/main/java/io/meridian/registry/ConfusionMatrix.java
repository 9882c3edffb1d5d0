package io.meridian.registry;

import java.util.List;

/** Counts of (true label, predicted label) on the held-out split: rows are true, columns predicted. */
public record ConfusionMatrix(List<String> labels, List<List<Long>> counts) {

    public ConfusionMatrix {
        labels = List.copyOf(labels);
        counts = counts.stream().map(List::copyOf).toList();
    }
}
