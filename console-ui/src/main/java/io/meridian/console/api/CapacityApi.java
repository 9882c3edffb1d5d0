package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;

/** GPU pools and their use ({@code /api/v1/training-pools}), the tenant's quota ({@code /api/v1/quota}). */
public final class CapacityApi {

    public record Pool(String name, String region, String gpuType, int gpus, int slots, String executor,
                       int gpusInUse, int slotsInUse, int queued) {
    }

    public record Quota(double weight, int maxConcurrentGpus, double gpuHoursPerMonth, int gpusInUse,
                        double gpuHoursUsedThisMonth, boolean defaults) {
    }

    private final ApiClient client;

    public CapacityApi(ApiClient client) {
        this.client = client;
    }

    public List<Pool> pools() {
        return client.get("/api/v1/training-pools", new TypeReference<List<Pool>>() { });
    }

    public Quota quota() {
        return client.get("/api/v1/quota", Quota.class);
    }
}
