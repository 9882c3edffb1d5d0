package io.meridian.api.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What authentication needs to know of a stored API key. */
public record ResolvedApiKey(UUID id, UUID tenantId, String name, List<String> scopes,
                             Instant expiresAt, Instant revokedAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
