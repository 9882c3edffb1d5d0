package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.registry.VersionRef;
import jakarta.inject.Singleton;

import java.util.List;

/** v2 model metadata and readiness: {@code name} is the model's production alias, a version is the registry's number. */
@Singleton
final class OipModels {

    private final ServableVersions versions;
    private final PredictorCache predictors;

    OipModels(ServableVersions versions, PredictorCache predictors) {
        this.versions = versions;
        this.predictors = predictors;
    }

    /** {@code name@production}, or {@code name@version} when a version is given. */
    static String reference(String name, String version) {
        return name + "@" + (version == null ? "production" : version);
    }

    ServableVersions.Servable resolve(Caller caller, String name, String version) {
        return versions.resolve(caller, VersionRef.parse(reference(name, version)).orElseThrow(NotFoundException::new));
    }

    OipViews.ModelMetadata metadata(Caller caller, String name, String version) {
        ServableVersions.Servable servable = resolve(caller, name, version);
        List<String> numbers = versions.versionNumbers(caller.tenantId(), servable.modelId()).stream().map(String::valueOf).toList();
        return new OipViews.ModelMetadata(name, numbers, platform(servable.version().format()),
                servable.version().signature().inputs().stream().map(input -> new OipViews.TensorMetadata(input.name(),
                        OipDatatypes.of(input), OipOutputs.batched(input.shape()))).toList(),
                OipOutputs.metadata(servable));
    }

    /** Ready once its predictor is loaded: the probe loads it, so the first inference does not pay for that. */
    OipViews.ModelReady ready(Caller caller, String name, String version) {
        ServableVersions.Servable servable = resolve(caller, name, version);
        boolean loaded = predictors.with(caller.tenantId(), servable.modelId(), servable.task(), servable.version(),
                predictor -> true);
        return new OipViews.ModelReady(name, String.valueOf(servable.version().version()), loaded);
    }

    /** The runtime that loads the artifact. */
    private static String platform(String format) {
        return switch (format) {
            case "TRIBUO" -> "tribuo";
            case "DJL_PYTORCH" -> "pytorch";
            case "ONNX" -> "onnx";
            default -> format.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
