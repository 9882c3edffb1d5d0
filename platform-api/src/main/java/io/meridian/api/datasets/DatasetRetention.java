package io.meridian.api.datasets;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.policies.PolicyService;
import io.meridian.api.retention.RetentionJob;
import io.meridian.api.retention.RetentionTask;
import io.meridian.registry.artifacts.ArtifactStores;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The retention of datasets: a tenant's datasets older than their source region's retention (the
 * policy in force now) go, with their bytes (unless another of the tenant's datasets holds the same
 * bytes) and an audit entry each that says why, all or nothing per tenant. The bytes go before the
 * commit: should the commit fail, the next run finds the row again and finishes the job.
 */
@Singleton
public final class DatasetRetention implements RetentionTask {

    private final PolicyService policies;
    private final ArtifactStores stores;
    private final AuditLog audit;
    private final Clock clock;

    DatasetRetention(PolicyService policies, ArtifactStores stores, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.stores = stores;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "datasets";
    }

    @Override
    public long expire(Handle handle, UUID tenant) {
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
                audit.record(handle, tenant, RetentionJob.ACTOR, "dataset.deleted", "dataset:" + dataset.name(), Map.of(
                        "id", dataset.id().toString(), "sha256", dataset.sha256(), "reason", "retention",
                        "retentionDays", days, "createdAt", dataset.createdAt().toString()));
                deleted++;
            }
        }
        return deleted;
    }
}
