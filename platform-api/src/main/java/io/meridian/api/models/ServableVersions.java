package io.meridian.api.models;

import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import io.meridian.registry.ModelTask;
import io.meridian.registry.VersionRef;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
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

    private record Key(UUID tenantId, VersionRef ref) {
    }

    /** A resolution and the tenant's alias generation it was made under. */
    private record Resolved(Servable servable, long generation) {
    }

    private final VersionService versions;
    private final TenantDb db;
    private final AliasChanges changes;
    private final Cache<Key, Resolved> resolved;

    ServableVersions(VersionService versions, TenantDb db, AliasChanges changes,
                     @Value("${meridian.serving.pointer-ttl:1s}") Duration pointerTtl) {
        this.versions = versions;
        this.db = db;
        this.changes = changes;
        this.resolved = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(pointerTtl).build();
    }

    /**
     * Where {@code churn@production} or {@code churn@3} points: the hot path of serving, so the
     * answer is kept for {@code meridian.serving.pointer-ttl} (1 s). A move made through this
     * process is seen at once (the tenant's alias generation changes); one made through another
     * replica within that time.
     */
    public Servable resolve(Caller caller, VersionRef ref) {
        Key key = new Key(caller.tenantId(), ref);
        // read before resolving: a move committed meanwhile leaves this entry one generation behind
        long generation = changes.generation(caller.tenantId());
        Resolved cached = resolved.getIfPresent(key);
        if (cached != null && cached.generation() == generation) {
            return cached.servable();
        }
        Servable servable = versions.resolveServable(caller, ref);
        resolved.put(key, new Resolved(servable, generation));
        return servable;
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
