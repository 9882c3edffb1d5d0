package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;

/** The platform's regions: {@code /api/v1/regions}. */
public final class RegionsApi {

    public record GpuPool(String name, String gpuType, int gpus, int slots) {
    }

    public record Region(String code, String displayName, String jurisdiction, String artifactStore, List<GpuPool> gpuPools) {
    }

    private final ApiClient client;

    public RegionsApi(ApiClient client) {
        this.client = client;
    }

    public List<Region> list() {
        return client.get("/api/v1/regions", new TypeReference<List<Region>>() { });
    }
}
