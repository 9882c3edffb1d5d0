package io.meridian.api.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.HexFormat;

/** An audit entry as the API shows it; details are the JSON text that was hashed. */
@Serdeable
public record AuditView(long seq, Instant at, String actor, String action, String subject, String details,
                        String previousHash, String hash) {

    static AuditView of(io.meridian.compliance.audit.AuditEntry entry) {
        HexFormat hex = HexFormat.of();
        return new AuditView(entry.seq(), entry.at(), entry.actor(), entry.action(), entry.subject(), entry.details(),
                hex.formatHex(entry.previousHash()), hex.formatHex(entry.hash()));
    }
}
