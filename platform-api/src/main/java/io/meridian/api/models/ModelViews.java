package io.meridian.api.models;

import io.meridian.registry.Lineage;
import io.meridian.registry.Metrics;
import io.meridian.registry.Signature;
import io.meridian.registry.VersionComparison;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ModelViews {

    private ModelViews() {
    }

    /** @param aliases alias → version */
    @Serdeable
    public record ModelView(String name, String description, String task, UUID owner, List<String> tags,
                            boolean approvalRequired, int latestVersion, Map<String, Integer> aliases,
                            Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    public record ArtifactView(String uri, String sha256, long size) {
    }

    @Serdeable
    public record VersionView(String model, int version, String format, ArtifactView artifact, String region,
                              String sourceRegion, String dataClass, Signature signature, Metrics metrics,
                              Lineage lineage, List<String> tags, List<String> aliases, String createdBy,
                              Instant createdAt) {

        VersionView withAliases(List<String> current) {
            return new VersionView(model, version, format, artifact, region, sourceRegion, dataClass, signature, metrics,
                    lineage, tags, current, createdBy, createdAt);
        }
    }

    /** A search result: the version's page has the rest (signature, curves, matrix, lineage). */
    @Serdeable
    public record VersionListingView(String model, int version, String format, String region, String dataClass,
                                     Map<String, Double> metrics, @Nullable String trainer, List<String> tags,
                                     List<String> aliases, String createdBy, Instant createdAt) {
    }

    @Serdeable
    public record AliasView(String model, String alias, int version, String movedBy, Instant movedAt) {
    }

    @Serdeable
    public record ApprovalView(UUID id, String model, String alias, int version, String reason, String state,
                               String requestedBy, Instant requestedAt, @Nullable String decidedBy,
                               @Nullable Instant decidedAt, @Nullable String comment) {
    }

    @Serdeable
    public record VersionSummary(String model, int version, String format, String region, Instant createdAt,
                                 @Nullable String trainer) {
    }

    @Serdeable
    public record ComparisonView(VersionSummary left, VersionSummary right, List<VersionComparison.MetricRow> metrics,
                                 List<VersionComparison.ParameterRow> hyperparameters) {
    }

    @Serdeable
    public record EventView(long seq, Instant at, String type, String model, @Nullable Integer version,
                            @Nullable String alias, String actor) {
    }

    @Serdeable
    public record LabelsView(String model, String locale, Map<String, String> translations) {
    }
}
