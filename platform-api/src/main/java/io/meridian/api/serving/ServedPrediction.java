package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.training.serving.Prediction;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * What one prediction request produced, before it is written in the native or the v2 format.
 *
 * @param servable  the version that answered (a language variant when routed)
 * @param routedBy  {@code locale} or {@code script} when a language variant answered; null otherwise
 * @param answers   the predictions in {@code locale}
 */
record ServedPrediction(ServableVersions.Servable servable, String region, Locale locale, @Nullable String routedBy,
                        List<Prediction> predictions, List<PredictionViews.RowPrediction> answers) {
}
