package io.meridian.console.api;

import java.util.List;
import java.util.Map;

/**
 * Predictions: {@code POST /api/v1/models/{ref}/predict}. The answer's labels, numbers and problems
 * are in the language of the client's locale, so the playground makes a client for the chosen one.
 */
public final class PredictionsApi {

    public record LabelScore(String label, String labelText, double probability) {
    }

    /** A classifier's answer (label … probabilities) or a regression's (value, valueText). */
    public record RowPrediction(String label, String labelText, Double probability, String probabilityText,
                                List<LabelScore> probabilities, Double value, String valueText) {
    }

    /** @param locale the language the answer is in; {@code routedBy} set when a language variant answered */
    public record Answer(String model, int version, String region, String locale, String routedBy, List<RowPrediction> predictions) {
    }

    private record Request(List<Map<String, Object>> rows) {
    }

    private final ApiClient client;

    public PredictionsApi(ApiClient client) {
        this.client = client;
    }

    /** {@code ref}: {@code model@alias} or {@code model@version}. */
    public Answer predict(String ref, Map<String, Object> row) {
        return client.post("/api/v1/models/" + ModelsApi.segment(ref) + "/predict", new Request(List.of(row)), Answer.class);
    }

    /** The name of a feature's field in the API's problems: {@code rows[0].age}, or {@code rows[0]["unit price"]}. */
    public static String fieldOf(String feature) {
        return feature.matches("[A-Za-z_][A-Za-z0-9_]*") ? "rows[0]." + feature
                : "rows[0][\"" + feature.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
