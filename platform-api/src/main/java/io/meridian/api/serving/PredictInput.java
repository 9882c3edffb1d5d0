package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.registry.Signature;

import java.util.List;
import java.util.Map;

/**
 * A request's rows, read against the signature of the version that answers: native rows are rows
 * already, v2 tensors become rows only once the inputs' types and shapes are known.
 */
@FunctionalInterface
interface PredictInput {

    /** The rows, or null when the request has none (validation answers {@code field.not-empty}). */
    List<Map<String, Object>> rows(Signature signature);

    /** Refuses, before anything is predicted or logged, what the request asks of the answering version that it cannot give. */
    default void checkAnswerable(ServableVersions.Servable servable) {
    }

    static PredictInput rows(List<Map<String, Object>> rows) {
        return signature -> rows;
    }
}
