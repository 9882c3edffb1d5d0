package io.meridian.api.serving;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.policies.PolicyService;
import io.meridian.api.retention.RetentionJob;
import io.meridian.api.retention.RetentionTask;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The retention of inference logs: a tenant's rows older than the inferenceLogRetentionDays of
 * their source region's policy in force now (the region the version's data comes from, whose policy
 * also decided whether inputs were logged), one delete per region and one audit entry per region
 * that deleted rows, with the count only: a log row holds inputs, which the audit log must never.
 */
@Singleton
final class InferenceLogRetention implements RetentionTask {

    private final PolicyService policies;
    private final AuditLog audit;
    private final Clock clock;

    InferenceLogRetention(PolicyService policies, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inference-logs";
    }

    @Override
    public long expire(Handle handle, UUID tenant) {
        Instant now = clock.instant();
        long deleted = 0;
        for (String region : InferenceLogRepository.sourceRegions(handle)) {
            int days = policies.effective(handle, region).rules().inferenceLogRetentionDays();
            Instant before = now.minus(Duration.ofDays(days));
            int rows = InferenceLogRepository.deleteOlderThan(handle, region, before);
            if (rows > 0) {
                audit.record(handle, tenant, RetentionJob.ACTOR, "inference-log.deleted", "inference-logs:" + region, Map.of(
                        "sourceRegion", region, "rows", rows, "reason", "retention", "retentionDays", days,
                        "before", before.toString()));
                deleted += rows;
            }
        }
        return deleted;
    }
}
