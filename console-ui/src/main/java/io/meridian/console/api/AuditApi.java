package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The tenant's audit log ({@code /api/v1/audit}), for compliance and tenant admins. */
public final class AuditApi {

    /** @param details the JSON text that was hashed */
    public record Entry(long seq, Instant at, String actor, String action, String subject, String details) {
    }

    private final ApiClient client;

    public AuditApi(ApiClient client) {
        this.client = client;
    }

    /** The newest entries of one action first ({@code policy.decision}, {@code auth.login}, …). */
    public Page<Entry> byAction(String action, int limit) {
        return client.get("/api/v1/audit?action=" + URLEncoder.encode(action, StandardCharsets.UTF_8) + "&limit=" + limit,
                new TypeReference<Page<Entry>>() { });
    }
}
