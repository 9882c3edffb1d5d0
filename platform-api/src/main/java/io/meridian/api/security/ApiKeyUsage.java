package io.meridian.api.security;

import io.meridian.api.database.TenantDb;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each key's last-used time. Requests only note the time in memory; a background flush
 * writes the latest time per key every few seconds, so a busy key costs no write per request.
 */
@Singleton
public final class ApiKeyUsage {

    private record Use(UUID tenantId, Instant at) {
    }

    private final TenantDb db;
    private final Map<UUID, Use> pending = new ConcurrentHashMap<>();

    ApiKeyUsage(TenantDb db) {
        this.db = db;
    }

    void used(ResolvedApiKey key, Instant at) {
        pending.put(key.id(), new Use(key.tenantId(), at));
    }

    @Scheduled(fixedDelay = "${meridian.auth.api-key-usage-flush:5s}")
    @PreDestroy
    public void flush() {
        Map<UUID, Map<UUID, Instant>> byTenant = new HashMap<>();
        for (UUID keyId : List.copyOf(pending.keySet())) {
            Use use = pending.remove(keyId);
            if (use != null) {
                byTenant.computeIfAbsent(use.tenantId(), tenant -> new HashMap<>()).put(keyId, use.at());
            }
        }
        byTenant.forEach((tenantId, uses) -> db.inTenant(tenantId, handle -> {
            var batch = handle.prepareBatch(
                    "update api_keys set last_used_at = greatest(last_used_at, :at) where id = :id");
            uses.forEach((keyId, at) -> batch.bind("id", keyId).bind("at", Timestamp.from(at)).add());
            return batch.execute();
        }));
    }
}
