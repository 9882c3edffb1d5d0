package io.meridian.api.policies;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the policy endpoints answer. */
public final class PolicyViews {

    private PolicyViews() {
    }

    /** One version of a region's policy; version 0 is the shipped default, in force until a first change. */
    @Serdeable
    public record Version(String region, int version, boolean isDefault, PolicyDocument rules, @Nullable String reason,
                          @Nullable UUID createdBy, @Nullable Instant createdAt) {
    }

    /** Before and after are always written: an empty list or null is a value here, not a missing one. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(String field, @Nullable Object before, @Nullable Object after) {
    }

    @Serdeable
    public record Diff(String region, int from, int to, List<Change> changes) {
    }

    @Serdeable
    public record ReasonView(String key, String message) {
    }

    @Serdeable
    public record ObligationView(String type, @Nullable List<String> entities, @Nullable Integer days) {
    }

    @Serdeable
    public record DecisionView(String outcome, List<ReasonView> reasons, List<ObligationView> obligations,
                               @Nullable Integer policyVersion) {
    }

    @Serdeable
    /** @param artifactStore where the region's artifacts are kept (its blob-store root) */
    public record RegionView(String code, String displayName, String jurisdiction, String artifactStore, List<GpuPoolView> gpuPools) {
    }

    /** A training pool of a region: GPU type and count, and how many jobs it runs at once. */
    @Serdeable
    public record GpuPoolView(String name, String gpuType, int gpus, int slots) {
    }
}
