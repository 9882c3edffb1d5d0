package io.meridian.compliance.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of a tenant's audit log. {@code details} is a JSON text, hashed byte for byte.
 * Times are kept to the microsecond, as PostgreSQL stores them, so a stored entry hashes the same.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
                         byte[] previousHash, byte[] hash) {

    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
