package io.meridian.console.views.models;

import io.meridian.console.ui.ConsoleFormats;

import java.util.Map;
import java.util.stream.Collectors;

/** Metric values as the page's language writes them: {@code accuracy 0.91, macro_f1 0.9}. */
final class MetricTexts {

    private MetricTexts() {
    }

    static String summary(Map<String, Double> metrics) {
        if (metrics == null || metrics.isEmpty()) {
            return "—";
        }
        return metrics.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(metric -> metric.getKey() + " " + ConsoleFormats.decimal(metric.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** A difference with its sign, so that a drop is seen as one. */
    static String delta(Double delta) {
        if (delta == null) {
            return "—";
        }
        String text = ConsoleFormats.decimal(Math.abs(delta));
        return delta > 0 ? "+" + text : delta < 0 ? "−" + text : text;
    }
}
