package io.meridian.api.serving;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the prediction and inference-log endpoints take and answer. */
public final class PredictionViews {

    private PredictionViews() {
    }

    /** @param routedBy {@code locale} or {@code script} when a language variant of the requested model answered */
    @Serdeable
    public record PredictResponse(String model, int version, String region, String locale, @Nullable String routedBy,
                                  List<RowPrediction> predictions) {
    }

    /** A classifier's answer (label…probabilities) or a regression's (value, valueText). */
    @Serdeable
    public record RowPrediction(@Nullable String label, @Nullable String labelText, @Nullable Double probability,
                                @Nullable String probabilityText, @Nullable List<LabelScore> probabilities,
                                @Nullable Double value, @Nullable String valueText) {
    }

    @Serdeable
    public record LabelScore(String label, String labelText, double probability) {
    }

    @Serdeable
    public record InferenceLogView(UUID id, Instant at, String region, String sourceRegion, String model, int version, String caller,
                                   String locale, int rows, long latencyUs, String decision,
                                   @Nullable Object input, @Nullable Object output) {
    }
}
