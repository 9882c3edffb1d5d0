package io.meridian.registry;

import java.util.List;

/**
 * What a version takes and gives: named, typed inputs, and the labels of its outputs (empty for
 * a regression). Serving validates requests against it and translates these labels.
 */
public record Signature(List<Feature> inputs, List<String> labels) {

    public Signature {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
