package io.meridian.registry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a version did on its evaluation: named scalars (accuracy, macro_f1, rmse, …), the loss per
 * epoch, and for classifiers the confusion matrix.
 */
public record Metrics(Map<String, Double> values, List<Double> lossCurve, ConfusionMatrix confusionMatrix) {

    public Metrics {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        lossCurve = lossCurve == null ? List.of() : List.copyOf(lossCurve);
    }

    public static Metrics none() {
        return new Metrics(Map.of(), List.of(), null);
    }
}
