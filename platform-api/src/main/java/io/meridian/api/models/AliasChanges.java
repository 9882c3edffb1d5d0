package io.meridian.api.models;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter per tenant that moves whenever one of its aliases moved or went in this process (after
 * the commit), so that caches of where aliases point can tell they are out of date.
 */
@Singleton
final class AliasChanges {

    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();

    long generation(UUID tenantId) {
        AtomicLong generation = generations.get(tenantId);
        return generation == null ? 0 : generation.get();
    }

    void changed(UUID tenantId) {
        generations.computeIfAbsent(tenantId, ignored -> new AtomicLong()).incrementAndGet();
    }
}
