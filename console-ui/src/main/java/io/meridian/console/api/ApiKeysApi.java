package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's API keys ({@code /api/v1/api-keys}). The key itself is in the creation answer only. */
public final class ApiKeysApi {

    /** What a key may do: read the tenant's resources, call deployed models. */
    public static final List<String> SCOPES = List.of("read", "inference");

    /** @param status ACTIVE, EXPIRED or REVOKED */
    public record ApiKey(UUID id, String name, String prefix, List<String> scopes, UUID createdBy, Instant createdAt,
                         Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String status) {
    }

    /** The key as created, with its secret: shown once, never stored by the console. */
    public record CreatedKey(ApiKey apiKey, String key) {
    }

    public record NewKey(String name, List<String> scopes, Instant expiresAt) {
    }

    private final ApiClient client;

    public ApiKeysApi(ApiClient client) {
        this.client = client;
    }

    public Page<ApiKey> list(int limit, int offset) {
        return client.get("/api/v1/api-keys?limit=" + limit + "&offset=" + offset, new TypeReference<Page<ApiKey>>() { });
    }

    public CreatedKey create(NewKey key) {
        // the API writes the key's fields and the secret side by side in one object
        JsonNode created = client.post("/api/v1/api-keys", key, JsonNode.class);
        return new CreatedKey(ApiJson.MAPPER.convertValue(created, ApiKey.class), created.path("key").asText());
    }

    public void revoke(UUID id) {
        client.delete("/api/v1/api-keys/" + id);
    }
}
