package io.meridian.api.models;

import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import io.meridian.registry.ModelTask;
import io.meridian.registry.VersionRef;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the serving package reads of the registry: versions by reference, a model's label
 * translations, its tags (language variants) and its version numbers.
 */
@Singleton
public final class ServableVersions {

    /** A resolved version with its model's id and task. */
    public record Servable(UUID modelId, ModelTask task, ModelViews.VersionView version) {
    }

    private final ResolvedVersions resolved;
    private final TenantDb db;

    ServableVersions(ResolvedVersions resolved, TenantDb db) {
        this.resolved = resolved;
        this.db = db;
    }

    /** Where {@code churn@production} or {@code churn@3} points now (kept in memory: {@link ResolvedVersions}). */
    public Servable resolve(Caller caller, VersionRef ref) {
        return resolved.resolve(caller, ref);
    }

    /** The model's translations of its labels into {@code localeTag} (label → text); empty when it has none. */
    public Map<String, String> labels(UUID tenantId, UUID modelId, String localeTag) {
        return db.inTenant(tenantId, handle -> LabelRepository.all(handle, modelId).getOrDefault(localeTag, Map.of()));
    }

    /** The model's tags; empty when there is no such model (the caller's resolve answers 404 then). */
    public List<String> modelTags(UUID tenantId, String modelName) {
        return db.inTenant(tenantId, handle -> ModelRepository.byName(handle, modelName).map(StoredModel::tags).orElse(List.of()));
    }

    /** The model's version numbers, oldest first. */
    public List<Integer> versionNumbers(UUID tenantId, UUID modelId) {
        return db.inTenant(tenantId, handle -> VersionRepository.numbers(handle, modelId));
    }
}
