package io.meridian.api.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.models.ServableVersions;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Label translations per model and locale, reused for a few seconds so that a prediction costs no extra query. */
@Singleton
final class LabelCatalogs {

    private record Key(UUID tenantId, UUID modelId, String locale) {
    }

    private final ServableVersions versions;
    private final Cache<Key, Map<String, String>> cache;

    LabelCatalogs(ServableVersions versions, ServingSettings settings) {
        this.versions = versions;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.policyCacheTtl()).maximumSize(100_000).build();
    }

    Map<String, String> labels(UUID tenantId, UUID modelId, String localeTag) {
        return cache.get(new Key(tenantId, modelId, localeTag), key -> versions.labels(tenantId, modelId, localeTag));
    }
}
