package io.meridian.api.models;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Views of versions already read. A version never changes, so an entry never goes stale; only the
 * aliases pointing at it do, and callers replace those with what the database says now. Keyed by
 * tenant too: an entry is only ever looked up with a model id that the tenant's own query returned.
 */
@Singleton
final class ImmutableVersionCache {

    private record Key(UUID tenantId, UUID modelId, int version) {
    }

    private final Cache<Key, ModelViews.VersionView> cache;

    ImmutableVersionCache(@Value("${meridian.registry.version-cache-size:20000}") long size) {
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    ModelViews.VersionView get(UUID tenantId, UUID modelId, int version, Supplier<ModelViews.VersionView> load) {
        return cache.get(new Key(tenantId, modelId, version), key -> load.get());
    }
}
