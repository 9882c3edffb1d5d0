package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** Data-subject requests ({@code /api/v1/data-subject-requests}): export or erase what the tenant holds about one person. */
public final class SubjectRequestsApi {

    public static final List<String> KINDS = List.of("EXPORT", "ERASE");

    public record Subject(String value, String type) {
    }

    record NewRequest(String kind, Subject subject, String reason) {
    }

    public record HoldingCount(String source, String id, long records) {
    }

    public record Request(String id, String kind, String status, String subjectType, String subjectHash, String reason,
                          String requestedBy, List<HoldingCount> holdings, long records, String failure, Instant createdAt,
                          Instant completedAt) {
    }

    /**
     * The answer to a new request, kept whole: for an export it IS the export (the API keeps only counts),
     * so the console offers it as a download as it came.
     */
    public record Answer(Request request, JsonNode document) {
    }

    private final ApiClient client;

    public SubjectRequestsApi(ApiClient client) {
        this.client = client;
    }

    public Page<Request> list(int limit, int offset) {
        return client.get("/api/v1/data-subject-requests?limit=" + limit + "&offset=" + offset, new TypeReference<Page<Request>>() { });
    }

    /** @param type the identifier's entity type, or null to let the API's recognizers tell */
    public Answer create(String kind, String value, String type, String reason) {
        JsonNode answer = client.post("/api/v1/data-subject-requests", new NewRequest(kind, new Subject(value, type), reason), JsonNode.class);
        return new Answer(ApiJson.MAPPER.convertValue(answer.path("request"), Request.class), answer);
    }
}
