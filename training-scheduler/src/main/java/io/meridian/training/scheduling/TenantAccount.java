package io.meridian.training.scheduling;

import java.util.UUID;

/**
 * One tenant as admission sees it: its fair-share weight, its quotas, and what it holds now.
 *
 * @param weight                relative share when tenants compete (> 0; default 1)
 * @param maxConcurrentGpus     GPUs its admitted and running jobs may hold at once
 * @param gpuHoursPerMonth      GPU-hours per calendar month (UTC); GPU jobs wait once spent
 * @param gpuHoursUsedThisMonth GPU-hours of this month, finished and running jobs together
 * @param gpusInUse             GPUs its admitted and running jobs hold now (all pools)
 * @param slotsInUse            jobs it has admitted or running now (all pools)
 */
public record TenantAccount(UUID tenant, double weight, int maxConcurrentGpus, double gpuHoursPerMonth,
                            double gpuHoursUsedThisMonth, int gpusInUse, int slotsInUse) {
}
