package io.meridian.training.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job waiting for admission.
 *
 * @param priority     higher first within its tenant
 * @param queuedAt     when it (last) entered the queue; waiting ages its priority
 * @param allowedPools names of the pools it may run on, in order of preference (policy allows
 *                     processing its dataset there, and the pool is big enough); never empty
 */
public record QueuedJob(UUID id, UUID tenant, int gpus, int priority, Instant queuedAt, List<String> allowedPools) {

    public QueuedJob {
        allowedPools = List.copyOf(allowedPools);
    }
}
