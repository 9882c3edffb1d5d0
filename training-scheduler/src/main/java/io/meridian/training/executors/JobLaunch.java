package io.meridian.training.executors;

import java.util.UUID;

/**
 * One attempt of a training job handed to an executor.
 *
 * @param tenantSlug names the tenant's queue (Kueue LocalQueue {@code meridian-<slug>})
 * @param attempt    counting from 1; each attempt is its own Kubernetes Job
 */
public record JobLaunch(UUID jobId, UUID tenantId, String tenantSlug, int attempt, String pool, int gpus, String trainer) {
}
