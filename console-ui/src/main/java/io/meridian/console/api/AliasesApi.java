package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A model's aliases and the approvals a protected {@code production} alias waits for:
 * {@code /api/v1/models/{name}/aliases}, {@code /api/v1/models/{name}/approvals}.
 */
public final class AliasesApi {

    public record Alias(String model, String alias, int version, String movedBy, Instant movedAt) {
    }

    /** @param state PENDING, APPROVED, REJECTED or SUPERSEDED */
    public record Approval(UUID id, String model, String alias, int version, String reason, String state, String requestedBy,
                           Instant requestedAt, String decidedBy, Instant decidedAt, String comment) {
    }

    /** Either the alias moved, or the move waits for the approval. */
    public record Move(Alias moved, Approval pending) {
    }

    private record MoveRequest(int version, String reason) {
    }

    private final ApiClient client;

    public AliasesApi(ApiClient client) {
        this.client = client;
    }

    public List<Alias> aliases(String model) {
        return client.get(base(model) + "/aliases", new TypeReference<List<Alias>>() { });
    }

    /** The API answers 200 with the alias, or 202 with an approval request (which has a state). */
    public Move move(String model, String alias, int version, String reason) {
        JsonNode answer = client.put(base(model) + "/aliases/" + ModelsApi.segment(alias), new MoveRequest(version, reason), JsonNode.class);
        if (answer.has("state")) {
            return new Move(null, ApiJson.MAPPER.convertValue(answer, Approval.class));
        }
        return new Move(ApiJson.MAPPER.convertValue(answer, Alias.class), null);
    }

    public List<Approval> pending(String model) {
        return client.get(base(model) + "/approvals?state=PENDING", new TypeReference<List<Approval>>() { });
    }

    public Approval approve(String model, UUID approval) {
        return client.post(base(model) + "/approvals/" + approval + "/approve", Map.of(), Approval.class);
    }

    public Approval reject(String model, UUID approval) {
        return client.post(base(model) + "/approvals/" + approval + "/reject", Map.of(), Approval.class);
    }

    private static String base(String model) {
        return "/api/v1/models/" + ModelsApi.segment(model);
    }
}
