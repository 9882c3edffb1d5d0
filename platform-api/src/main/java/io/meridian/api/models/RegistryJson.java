package io.meridian.api.models;

import io.meridian.api.problem.JsonPart;
import io.meridian.registry.Lineage;
import io.meridian.registry.Metrics;
import io.meridian.registry.Signature;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The registry's JSON: stored documents of a version, its views, and the metadata part of an upload. */
@Singleton
final class RegistryJson {

    private static final Argument<Map<String, Double>> METRIC_VALUES = Argument.mapOf(String.class, Double.class);

    private final JsonMapper json;

    RegistryJson(JsonMapper json) {
        this.json = json;
    }

    ModelRequests.NewVersion readMetadata(String metadata) {
        return JsonPart.read(json, metadata, ModelRequests.NewVersion.class);
    }

    String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ModelViews.VersionView view(StoredVersion version) {
        return new ModelViews.VersionView(version.modelName(), version.version(), version.format().name(),
                new ModelViews.ArtifactView(version.artifactUri(), version.sha256(), version.size()),
                version.region(), version.sourceRegion(), version.dataClass().name(),
                read(version.signature(), Signature.class), read(version.metrics(), Metrics.class),
                read(version.lineage(), Lineage.class),
                version.tags(), version.aliases(), version.createdBy(), version.createdAt());
    }

    ModelViews.VersionListingView view(VersionListing version) {
        return new ModelViews.VersionListingView(version.modelName(), version.version(), version.format().name(),
                version.region(), version.dataClass().name(), read(version.metricValues(), METRIC_VALUES),
                version.trainer(), version.tags(), version.aliases(), version.createdBy(), version.createdAt());
    }

    static ModelViews.ModelView view(StoredModel model) {
        return new ModelViews.ModelView(model.name(), model.description(), model.task().name(), model.ownerId(),
                model.tags(), model.approvalRequired(), model.versionCount(), model.aliases(), model.createdAt(), model.updatedAt());
    }

    private <T> T read(String stored, Class<T> type) {
        return read(stored, Argument.of(type));
    }

    private <T> T read(String stored, Argument<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getType().getSimpleName() + " unreadable", e);
        }
    }
}
