package io.meridian.api.jobs;

import io.meridian.training.jobs.JobState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of training_jobs; hyperparameters as their stored JSON. */
record StoredJob(UUID id, UUID tenantId, String modelName, UUID datasetId, String datasetSha256, UUID testDatasetId,
                 String trainer, String hyperparameters, int gpus, int priority, long seed, List<String> allowedPools,
                 JobState state, String reason, String detail, String pool, int attempt, int maxAttempts, String worker,
                 Instant leaseUntil, boolean cancelRequested, double gpuSeconds, Integer modelVersion, String submittedBy,
                 Instant submittedAt, Instant queuedAt, Instant admittedAt, Instant startedAt, Instant finishedAt,
                 Integer queuePosition) {

    StoredJob {
        allowedPools = List.copyOf(allowedPools);
    }
}
