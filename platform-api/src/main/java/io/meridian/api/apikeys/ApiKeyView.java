package io.meridian.api.apikeys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored API key as lists show it, never the key itself. Status: ACTIVE, EXPIRED or REVOKED. */
@Serdeable
public record ApiKeyView(UUID id, String name, String prefix, List<String> scopes, @Nullable UUID createdBy,
                         Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
                         @Nullable Instant lastUsedAt, String status) {
}
