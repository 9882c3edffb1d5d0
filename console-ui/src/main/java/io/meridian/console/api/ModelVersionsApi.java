package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Versions across the tenant's models: {@code /api/v1/model-versions}. */
public final class ModelVersionsApi {

    public record VersionListing(String model, int version, String format, String region, String dataClass, Map<String, Double> metrics,
                                 String trainer, List<String> tags, List<String> aliases, String createdBy, Instant createdAt) {
    }

    private final ApiClient client;

    public ModelVersionsApi(ApiClient client) {
        this.client = client;
    }

    /** The newest versions first. */
    public Page<VersionListing> recent(int limit) {
        return client.get("/api/v1/model-versions?sort=createdAt&order=desc&limit=" + limit, new TypeReference<Page<VersionListing>>() { });
    }

    /** The versions of one model, newest first. */
    public Page<VersionListing> ofModel(String model, int limit) {
        return client.get("/api/v1/model-versions?model=" + URLEncoder.encode(model, StandardCharsets.UTF_8) + "&limit=" + limit,
                new TypeReference<Page<VersionListing>>() { });
    }
}
