package io.meridian.api.serving;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** The Open Inference Protocol v2 (KServe, Triton) REST documents, with the protocol's snake_case names. */
final class OipViews {

    private OipViews() {
    }

    @Serdeable
    record Live(boolean live) {
    }

    @Serdeable
    record Ready(boolean ready) {
    }

    @Serdeable
    record ModelReady(String name, @Nullable String version, boolean ready) {
    }

    /** {@code shape}: -1 for the batch dimension and any other free one. */
    @Serdeable
    record TensorMetadata(String name, String datatype, List<Integer> shape) {
    }

    @Serdeable
    record ModelMetadata(String name, List<String> versions, String platform, List<TensorMetadata> inputs,
                         List<TensorMetadata> outputs) {
    }

    /** {@code data}: row-major, flattened. */
    @Serdeable
    record OutputTensor(String name, String datatype, List<Integer> shape, List<?> data) {
    }

    /** {@code parameters}: the region, the answer's language, and {@code routed_by} when a language variant answered. */
    @Serdeable
    record InferResponse(@JsonProperty("model_name") String modelName, @JsonProperty("model_version") String modelVersion,
                         @Nullable String id, Map<String, Object> parameters, List<OutputTensor> outputs) {
    }
}
