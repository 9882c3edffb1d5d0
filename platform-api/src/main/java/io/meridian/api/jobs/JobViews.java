package io.meridian.api.jobs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class JobViews {

    private JobViews() {
    }

    /**
     * @param reason        a message key: why it waits (QUEUED) or why it ended (FAILED, CANCELLED)
     * @param message       that reason in the caller's language
     * @param queuePosition among the tenant's queued jobs, counting from 1 (QUEUED only)
     * @param region        of the pool it was admitted to
     */
    @Serdeable
    public record JobView(UUID id, String model, UUID dataset, @Nullable UUID testDataset, String trainer,
                          Map<String, Object> hyperparameters, int gpus, int priority, long seed, List<String> allowedPools,
                          String state, @Nullable String reason, @Nullable String message, @Nullable String detail,
                          @Nullable String pool, @Nullable String region, int attempt, int maxAttempts,
                          @Nullable Integer queuePosition, boolean cancelRequested, double gpuHours,
                          @Nullable Integer modelVersion, String submittedBy, Instant submittedAt,
                          @Nullable Instant admittedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                          @Nullable ProgressView progress) {
    }

    @Serdeable
    public record ProgressView(int attempt, int epoch, int epochs, @Nullable Double loss, @Nullable Double accuracy,
                               @Nullable Double samplesPerSecond, Instant at) {
    }

    @Serdeable
    public record EventView(Instant at, String state, int attempt, @Nullable String pool, @Nullable String reason,
                            @Nullable String detail, String actor) {
    }

    @Serdeable
    public record LogLine(long id, int attempt, Instant at, String line) {
    }

    /** A pool and what its admitted and running jobs hold now. */
    @Serdeable
    public record PoolView(String name, String region, String gpuType, int gpus, int slots, String executor,
                           int gpusInUse, int slotsInUse, int queued) {
    }

    /** A tenant's quota and what it uses of it. */
    @Serdeable
    public record QuotaView(double weight, int maxConcurrentGpus, double gpuHoursPerMonth, int gpusInUse,
                            double gpuHoursUsedThisMonth, boolean defaults) {
    }
}
