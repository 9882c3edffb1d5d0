package io.meridian.api.jobs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

public final class JobRequests {

    private JobRequests() {
    }

    /**
     * A training job. Checked field by field by {@link JobSubmission} (so every error names its field).
     *
     * @param model         the model the trained version is registered under; created when missing
     * @param testDataset   a separate test set; without it the trainer holds out {@code hyperparameters.testFraction}
     * @param gpus          0 trains on the CPU
     * @param priority      -100..100, higher first among the tenant's own jobs
     * @param maxAttempts   attempts when workers die (1..10, default 3)
     * @param seed          for splits and initialization; random when absent
     */
    @Serdeable
    public record Submit(@Nullable String model, @Nullable UUID dataset, @Nullable UUID testDataset, @Nullable String trainer,
                         @Nullable Map<String, Object> hyperparameters, @Nullable Integer gpus, @Nullable Integer priority,
                         @Nullable Integer maxAttempts, @Nullable Long seed) {
    }

    /** A tenant's quota, set by a platform admin. */
    @Serdeable
    public record Quota(@Nullable Double weight, @Nullable Integer maxConcurrentGpus, @Nullable Double gpuHoursPerMonth) {
    }
}
