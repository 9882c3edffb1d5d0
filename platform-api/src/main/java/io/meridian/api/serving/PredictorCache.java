package io.meridian.api.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.models.ModelViews;
import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.ModelTask;
import io.meridian.training.serving.Predictor;
import io.meridian.training.serving.Predictors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Loaded models, bounded by the total bytes of their artifacts, least recently used evicted first
 * (Caffeine's window TinyLFU, close to LRU). A version never changes, so an entry never goes stale.
 * Keyed by tenant too: the same bytes of two tenants are two models that could diverge in signature.
 */
@Singleton
final class PredictorCache {

    private record Key(UUID tenantId, UUID modelId, int version) {
    }

    private final Cache<Key, LoadedModel> cache;
    private final ArtifactFiles files;
    private final ServingSettings settings;

    PredictorCache(ArtifactFiles files, ServingSettings settings) {
        this.files = files;
        this.settings = settings;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(settings.cacheBytes())
                .weigher((Key key, LoadedModel model) -> (int) Math.min(Integer.MAX_VALUE, model.weight()))
                .removalListener((Key key, LoadedModel model, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (model != null) {
                        model.release();
                    }
                })
                .build();
    }

    /** Runs {@code call} on the version's predictor, loading it first if needed; the predictor stays open meanwhile. */
    <T> T with(UUID tenantId, UUID modelId, ModelTask task, ModelViews.VersionView version, Function<Predictor, T> call) {
        Key key = new Key(tenantId, modelId, version.version());
        if (version.artifact().size() > settings.cacheBytes()) {
            // larger than the whole cache: it would be evicted as soon as it is loaded, so serve it uncached
            try (Predictor predictor = load(task, version).predictor()) {
                return call.apply(predictor);
            }
        }
        while (true) {
            LoadedModel model = cache.get(key, ignored -> load(task, version));
            if (model.acquire()) {
                try {
                    return call.apply(model.predictor());
                } finally {
                    model.release();
                }
            }
            // evicted and closed between get and acquire: drop the dead entry if it is still there, load again
            cache.asMap().remove(key, model);
        }
    }

    private LoadedModel load(ModelTask task, ModelViews.VersionView version) {
        try {
            return new LoadedModel(Predictors.load(ArtifactFormat.valueOf(version.format()),
                    files.fetch(version.region(), version.artifact().sha256()), version.signature(), task, settings.options()),
                    version.artifact().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + version.model() + "@" + version.version(), e);
        }
    }

    @PreDestroy
    void close() {
        cache.invalidateAll();
        cache.cleanUp();
    }
}
