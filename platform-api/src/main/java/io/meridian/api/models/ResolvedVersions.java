package io.meridian.api.models;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.security.Caller;
import io.meridian.registry.VersionRef;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Where references such as {@code churn@production} or {@code churn@3} point, kept in memory: the
 * hot path of serving and of the registry's {@code model@alias}. While this process hears of every
 * alias move ({@link AliasChangeListener}), an answer holds until its tenant's aliases change; while
 * it does not, for {@code meridian.serving.pointer-ttl} (1 s) at most. A move made through this
 * process is seen at once either way.
 */
@Singleton
final class ResolvedVersions {

    /** A bound on memory, not on staleness: the tenant's stamp decides that. */
    private static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Key(UUID tenantId, VersionRef ref) {
    }

    private record Entry(ServableVersions.Servable servable, AliasChanges.Stamp stamp, long madeAt) {
    }

    private final VersionService versions;
    private final AliasChanges changes;
    private final long unheardTtlNanos;
    private final Cache<Key, Entry> entries;

    ResolvedVersions(VersionService versions, AliasChanges changes,
                     @Value("${meridian.serving.pointer-ttl:1s}") Duration unheardTtl) {
        this.versions = versions;
        this.changes = changes;
        this.unheardTtlNanos = unheardTtl.toNanos();
        this.entries = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(MAX_AGE).build();
    }

    /** The answer if memory has a current one; never asks the database. */
    Optional<ServableVersions.Servable> known(Caller caller, VersionRef ref) {
        Entry entry = entries.getIfPresent(new Key(caller.tenantId(), ref));
        if (entry == null) {
            return Optional.empty();
        }
        AliasChanges.Stamp now = changes.stamp(caller.tenantId());
        boolean current = entry.stamp().equals(now) && (now.hearing() || System.nanoTime() - entry.madeAt() < unheardTtlNanos);
        return current ? Optional.of(entry.servable()) : Optional.empty();
    }

    /** The current answer, from memory or from the database; an unknown reference is a 404. */
    ServableVersions.Servable resolve(Caller caller, VersionRef ref) {
        Optional<ServableVersions.Servable> known = known(caller, ref);
        if (known.isPresent()) {
            return known.get();
        }
        // the stamp before the read: a move committed meanwhile leaves this entry one generation behind
        AliasChanges.Stamp stamp = changes.stamp(caller.tenantId());
        long madeAt = System.nanoTime();
        ServableVersions.Servable servable = versions.resolveServable(caller, ref);
        entries.put(new Key(caller.tenantId(), ref), new Entry(servable, stamp, madeAt));
        return servable;
    }
}
