package io.meridian.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.database.TenantDb;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the stored key for a presented API key. Answers (misses included) are cached for a short
 * time so that a busy client costs one database round trip per interval, not one per request;
 * a revocation on this replica takes effect at once, on other replicas within the cache time.
 */
@Singleton
public final class ApiKeyDirectory {

    private final TenantDb db;
    private final Cache<ByteBuffer, Optional<ResolvedApiKey>> cache;

    ApiKeyDirectory(TenantDb db, @Value("${meridian.auth.api-key-cache:30s}") Duration cacheTime) {
        this.db = db;
        this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(100_000).build();
    }

    /** The cached answer (a cached miss is empty), or null when the database must be asked. */
    @Nullable
    Optional<ResolvedApiKey> cached(String presentedKey) {
        return cache.getIfPresent(ByteBuffer.wrap(ApiKeySecrets.hash(presentedKey)));
    }

    Optional<ResolvedApiKey> find(String presentedKey) {
        byte[] hash = ApiKeySecrets.hash(presentedKey);
        return cache.get(ByteBuffer.wrap(hash), key -> load(hash));
    }

    private Optional<ResolvedApiKey> load(byte[] hash) {
        return db.beforeAuthentication(handle -> handle
                .createQuery("select id, tenant_id, name, scopes, expires_at, revoked_at from api_key_for_secret(:hash)")
                .bind("hash", hash)
                .map((rows, context) -> new ResolvedApiKey(
                        rows.getObject("id", UUID.class),
                        rows.getObject("tenant_id", UUID.class),
                        rows.getString("name"),
                        List.of((String[]) rows.getArray("scopes").getArray()),
                        instant(rows.getTimestamp("expires_at")),
                        instant(rows.getTimestamp("revoked_at"))))
                .findOne());
    }

    /** Drops every cached answer for this key, after a revocation. */
    public void forget(UUID keyId) {
        cache.asMap().values().removeIf(entry -> entry.filter(key -> key.id().equals(keyId)).isPresent());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
