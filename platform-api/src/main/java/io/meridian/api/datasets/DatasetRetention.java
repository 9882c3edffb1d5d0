package io.meridian.api.datasets;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.policies.PolicyService;
import io.meridian.registry.artifacts.ArtifactStores;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deletes the datasets that are older than their source region's retention (the policy in force
 * now), tenant by tenant: the row, its bytes (unless another of the tenant's datasets holds the
 * same bytes) and an audit entry that says why, all or nothing per tenant. The bytes go before the
 * commit: should the commit fail, the next run finds the row again and finishes the job.
 */
@Singleton
// the platform's duty, never a training pod's (a pod runs for hours with the platform's database credentials)
@Requires(property = "meridian.training.role", notEquals = "worker")
public final class DatasetRetention {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetRetention.class);
    static final String ACTOR = "system:retention";

    private final TenantDb db;
    private final PolicyService policies;
    private final ArtifactStores stores;
    private final AuditLog audit;
    private final Clock clock;

    DatasetRetention(TenantDb db, PolicyService policies, ArtifactStores stores, AuditLog audit, Clock clock) {
        this.db = db;
        this.policies = policies;
        this.stores = stores;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${meridian.retention.interval:1h}", initialDelay = "${meridian.retention.initial-delay:5m}")
    void scheduled() {
        int deleted = run();
        if (deleted > 0) {
            LOG.info("retention deleted {} dataset(s)", deleted);
        }
    }

    /** One pass over every tenant; returns the datasets deleted. */
    public int run() {
        List<UUID> tenants = db.acrossTenants(handle -> handle.createQuery("select id from tenants").mapTo(UUID.class).list());
        int deleted = 0;
        for (UUID tenant : tenants) {
            try {
                deleted += db.inTenant(tenant, handle -> expire(handle, tenant));
            } catch (RuntimeException e) {
                LOG.error("retention of tenant {} failed; the next run tries again", tenant, e);
            }
        }
        return deleted;
    }

    private int expire(Handle handle, UUID tenant) {
        Instant now = clock.instant();
        int deleted = 0;
        for (String region : DatasetRepository.sourceRegions(handle)) {
            int days = policies.effective(handle, region).rules().datasetRetentionDays();
            for (StoredDataset dataset : DatasetRepository.createdBefore(handle, region, now.minus(Duration.ofDays(days)))) {
                if (!DatasetRepository.delete(handle, dataset.id())) {
                    continue;
                }
                for (String sha256 : dataset.labelsSha256() == null ? List.of(dataset.sha256())
                        : List.of(dataset.sha256(), dataset.labelsSha256())) {
                    if (!DatasetRepository.stillReferenced(handle, dataset.region(), sha256)) {
                        try {
                            DatasetService.storeOf(stores, dataset.region(), tenant).delete(sha256);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot delete the bytes of dataset " + dataset.id(), e);
                        }
                    }
                }
                audit.record(handle, tenant, ACTOR, "dataset.deleted", "dataset:" + dataset.name(), Map.of(
                        "id", dataset.id().toString(), "sha256", dataset.sha256(), "reason", "retention",
                        "retentionDays", days, "createdAt", dataset.createdAt().toString()));
                deleted++;
            }
        }
        return deleted;
    }
}
