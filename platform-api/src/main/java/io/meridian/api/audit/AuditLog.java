package io.meridian.api.audit;

import io.meridian.api.security.Caller;
import io.meridian.compliance.audit.AuditChain;
import io.meridian.compliance.audit.AuditEntry;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Appends to a tenant's hash-chained audit log inside the caller's transaction, so an entry exists
 * exactly when the change it records does. Appends of one tenant are serialized by a transaction
 * advisory lock; the application role may only insert and read (no update, no delete).
 */
@Singleton
public final class AuditLog {

    static final RowMapper<AuditEntry> ENTRY = (rows, context) -> new AuditEntry(rows.getLong("seq"),
            rows.getTimestamp("at").toInstant(), rows.getString("actor"), rows.getString("action"),
            rows.getString("subject"), rows.getString("details"), rows.getBytes("prev_hash"), rows.getBytes("hash"));
    static final String COLUMNS = "seq, at, actor, action, subject, details, prev_hash, hash";

    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public static String actor(Caller caller) {
        return (caller.kind() == Caller.Kind.USER ? "user:" : "api-key:") + caller.id();
    }

    /**
     * Records an event of the handle's tenant. Entries can never be changed, so details name
     * people by id (user:…) and hold no secrets and no personal data that a data-subject erasure
     * would have to remove; the one exception is a login's client address, kept for security.
     */
    public AuditEntry record(Handle handle, UUID tenantId, String actor, String action, String subject, Map<String, ?> details) {
        handle.createQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:tenant, 7))) as locked")
                .bind("tenant", tenantId.toString()).mapTo(Integer.class).one();
        AuditEntry previous = handle.createQuery("select " + COLUMNS + " from audit_log where tenant_id = :tenant order by seq desc limit 1")
                .bind("tenant", tenantId).map(ENTRY).findOne().orElse(null);
        AuditEntry entry = AuditChain.append(previous, clock.instant(), actor, action, subject, toJson(details));
        handle.createUpdate("""
                        insert into audit_log (tenant_id, seq, at, actor, action, subject, details, prev_hash, hash)
                        values (:tenant, :seq, :at, :actor, :action, :subject, :details, :prev, :hash)""")
                .bind("tenant", tenantId).bind("seq", entry.seq()).bind("at", Timestamp.from(entry.at()))
                .bind("actor", entry.actor()).bind("action", entry.action()).bind("subject", entry.subject())
                .bind("details", entry.details()).bind("prev", entry.previousHash()).bind("hash", entry.hash())
                .execute();
        return entry;
    }

    public AuditEntry record(Handle handle, Caller caller, String action, String subject, Map<String, ?> details) {
        return record(handle, caller.tenantId(), actor(caller), action, subject, details);
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(new TreeMap<>(details));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
