package io.meridian.api.serving;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.meridian.training.serving.ClassPrediction;
import io.meridian.training.serving.LabelProbability;
import io.meridian.training.serving.Prediction;
import io.meridian.training.serving.ValuePrediction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A model's answers as the inference log keeps them, without translations: per row the label and
 * each label's probability ({@code {"label":"yes","probabilities":{"yes":0.8,"no":0.2}}}), or the
 * value ({@code {"value":3.5}}). Written with Jackson's streaming generator: it runs for every
 * prediction, and the generic object mapper costs several times as much for these small shapes.
 */
final class LoggedOutputs {

    private static final JsonFactory JSON = new JsonFactory();

    private LoggedOutputs() {
    }

    static String json(List<Prediction> predictions) {
        StringWriter out = new StringWriter(64 * predictions.size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (Prediction prediction : predictions) {
                json.writeStartObject();
                switch (prediction) {
                    case ClassPrediction classified -> {
                        json.writeStringField("label", classified.label());
                        json.writeObjectFieldStart("probabilities");
                        for (LabelProbability each : classified.probabilities()) {
                            json.writeNumberField(each.label(), each.probability());
                        }
                        json.writeEndObject();
                    }
                    case ValuePrediction value -> json.writeNumberField("value", value.value());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
