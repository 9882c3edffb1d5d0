package io.meridian.api.jobs;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The quota of a tenant that has none of its own ({@code meridian.training.quota.*}). */
@Singleton
record QuotaDefaults(double weight, int maxConcurrentGpus, double gpuHoursPerMonth) {

    QuotaDefaults(@Value("${meridian.training.quota.weight:1}") double weight,
                  @Value("${meridian.training.quota.max-concurrent-gpus:8}") int maxConcurrentGpus,
                  @Value("${meridian.training.quota.gpu-hours-per-month:500}") double gpuHoursPerMonth) {
        this.weight = weight;
        this.maxConcurrentGpus = maxConcurrentGpus;
        this.gpuHoursPerMonth = gpuHoursPerMonth;
    }
}
