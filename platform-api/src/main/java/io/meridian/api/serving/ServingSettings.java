package io.meridian.api.serving;

import io.meridian.training.serving.ServingOptions;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of this replica's serving ({@code meridian.serving.*}).
 *
 * @param region         the region this replica serves in; absent: each version is served in its own region
 * @param cacheBytes     loaded models kept, bounded by the total size of their artifacts
 * @param ratePerSecond  predictions each API key may ask for per second (a burst of as many)
 * @param policyCacheTtl how long a tenant's effective policy is reused before it is read again
 * @param modelDirectory where artifacts fetched from their region's store are kept for loading
 */
@Singleton
public final class ServingSettings {

    private final Optional<String> region;
    private final long cacheBytes;
    private final long ratePerSecond;
    private final Duration policyCacheTtl;
    private final Path modelDirectory;
    private final int logQueueCapacity;
    private final ServingOptions options;

    ServingSettings(@Value("${meridian.serving.region:}") String region,
                    @Value("${meridian.serving.cache-size:1073741824}") long cacheBytes,
                    @Value("${meridian.serving.max-rows:1000}") int maxRows,
                    @Value("${meridian.serving.rate-limit.per-second:200}") long ratePerSecond,
                    @Value("${meridian.serving.policy-cache-ttl:5s}") Duration policyCacheTtl,
                    @Value("${meridian.serving.log-queue:10000}") int logQueueCapacity,
                    @Value("${meridian.data-dir:.meridian}") String dataDirectory) {
        this.region = region.isBlank() ? Optional.empty() : Optional.of(region);
        this.cacheBytes = cacheBytes;
        this.ratePerSecond = ratePerSecond;
        this.policyCacheTtl = policyCacheTtl;
        this.logQueueCapacity = logQueueCapacity;
        this.modelDirectory = Path.of(dataDirectory, "serving");
        this.options = ServingOptions.defaults().withMaxBatchRows(maxRows);
    }

    public Optional<String> region() {
        return region;
    }

    public long cacheBytes() {
        return cacheBytes;
    }

    public long ratePerSecond() {
        return ratePerSecond;
    }

    public Duration policyCacheTtl() {
        return policyCacheTtl;
    }

    public Path modelDirectory() {
        return modelDirectory;
    }

    public int logQueueCapacity() {
        return logQueueCapacity;
    }

    public ServingOptions options() {
        return options;
    }
}
