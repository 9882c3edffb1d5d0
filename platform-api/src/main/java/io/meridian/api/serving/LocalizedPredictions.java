package io.meridian.api.serving;

import io.meridian.i18n.LocaleFormats;
import io.meridian.training.serving.ClassPrediction;
import io.meridian.training.serving.LabelProbability;
import io.meridian.training.serving.Prediction;
import io.meridian.training.serving.ValuePrediction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A model's raw answers in one locale: labels through the model's label catalog (else as they are), numbers in its format. */
final class LocalizedPredictions {

    private final Map<String, String> labels;
    private final LocaleFormats formats;

    LocalizedPredictions(Map<String, String> labels, Locale locale) {
        this.labels = labels;
        this.formats = LocaleFormats.of(locale);
    }

    List<PredictionViews.RowPrediction> views(List<Prediction> predictions) {
        return predictions.stream().map(this::view).toList();
    }

    private PredictionViews.RowPrediction view(Prediction prediction) {
        return switch (prediction) {
            case ClassPrediction classified -> {
                double probability = probabilityOf(classified);
                yield new PredictionViews.RowPrediction(classified.label(), text(classified.label()), probability,
                        formats.percent(probability), classified.probabilities().stream()
                        .map(each -> new PredictionViews.LabelScore(each.label(), text(each.label()), each.probability())).toList(),
                        null, null);
            }
            case ValuePrediction value -> new PredictionViews.RowPrediction(null, null, null, null, null,
                    value.value(), formats.number(value.value()));
        };
    }

    private String text(String label) {
        return labels.getOrDefault(label, label);
    }

    private static double probabilityOf(ClassPrediction prediction) {
        return prediction.probabilities().stream().filter(each -> each.label().equals(prediction.label()))
                .mapToDouble(LabelProbability::probability).findFirst().orElse(0);
    }
}
