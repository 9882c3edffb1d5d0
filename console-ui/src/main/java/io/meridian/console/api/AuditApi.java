package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.StringJoiner;

/** The tenant's audit log ({@code /api/v1/audit}), for compliance and tenant admins. */
public final class AuditApi {

    /** @param details the JSON text that was hashed */
    public record Entry(long seq, Instant at, String actor, String action, String subject, String details) {
    }

    /** What to look for; null fields mean "any". The time window is [from, to). */
    public record Filter(String action, String actor, String subject, Instant from, Instant to) {
    }

    /** @param firstBrokenSeq the first entry that was changed, removed or reordered, when not intact */
    public record Verification(boolean intact, long entries, Long firstBrokenSeq) {
    }

    private final ApiClient client;

    public AuditApi(ApiClient client) {
        this.client = client;
    }

    /** The newest entries of one action first ({@code policy.decision}, {@code auth.login}, …). */
    public Page<Entry> byAction(String action, int limit) {
        return page(new Filter(action, null, null, null, null), limit, 0);
    }

    /** Newest first, filtered. */
    public Page<Entry> page(Filter filter, int limit, int offset) {
        StringJoiner query = new StringJoiner("&", "/api/v1/audit?", "");
        add(query, "action", filter.action());
        add(query, "actor", filter.actor());
        add(query, "subject", filter.subject());
        add(query, "from", filter.from() == null ? null : filter.from().toString());
        add(query, "to", filter.to() == null ? null : filter.to().toString());
        query.add("limit=" + limit).add("offset=" + offset);
        return client.get(query.toString(), new TypeReference<Page<Entry>>() { });
    }

    /** Recomputes the whole hash chain. */
    public Verification verify() {
        return client.get("/api/v1/audit/verify", Verification.class);
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }
}
