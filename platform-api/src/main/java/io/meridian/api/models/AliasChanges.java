package io.meridian.api.models;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this process knows of alias moves, so that caches of where aliases point can tell when
 * they are out of date: a counter per tenant that moves on every move this process makes (after
 * the commit) or hears of ({@link AliasChangeListener}), and an epoch that moves whenever the
 * listener starts or stops hearing, since moves may have gone unheard in between.
 */
@Singleton
final class AliasChanges {

    /**
     * A tenant's state of knowledge: equal stamps mean no move came in between, as far as this
     * process can tell; with {@code hearing}, it would have heard of any move.
     */
    record Stamp(long epoch, long generation, boolean hearing) {
    }

    private final Map<UUID, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean hearing;

    Stamp stamp(UUID tenantId) {
        AtomicLong generation = generations.get(tenantId);
        long now = epoch.get();
        // read after the epoch: hearing(…) sets the flag before it moves the epoch
        return new Stamp(now, generation == null ? 0 : generation.get(), hearing);
    }

    /** Whether every move committed from now on will be heard of (until this turns false). */
    boolean hearing() {
        return hearing;
    }

    void changed(UUID tenantId) {
        generations.computeIfAbsent(tenantId, ignored -> new AtomicLong()).incrementAndGet();
    }

    /** The listener started or stopped hearing: what was cached before may have missed a move. */
    void hearing(boolean now) {
        hearing = now;
        epoch.incrementAndGet();
    }
}
