package io.meridian.api.jobs;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.training.scheduling.PoolUsage;
import io.meridian.training.scheduling.TenantAccount;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GPU pools with what they hold now, and tenants' quotas with what they use of them. */
@Singleton
final class CapacityService {

    private final TenantDb db;
    private final TrainingPools pools;
    private final QuotaDefaults defaults;
    private final AuditLog audit;
    private final Clock clock;

    CapacityService(TenantDb db, TrainingPools pools, QuotaDefaults defaults, AuditLog audit, Clock clock) {
        this.db = db;
        this.pools = pools;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every pool; use counts all tenants' jobs together, so no tenant learns another's jobs. */
    List<JobViews.PoolView> pools() {
        record Counts(Map<String, PoolUsage> usage, Map<String, Integer> queued) {
        }
        Counts counts = db.asScheduler(handle -> new Counts(JobRepository.usage(handle), JobRepository.queuedByFirstPool(handle)));
        return pools.all().stream().map(settings -> {
            PoolUsage usage = counts.usage().getOrDefault(settings.name(), PoolUsage.NONE);
            return new JobViews.PoolView(settings.name(), settings.pool().region(), settings.pool().gpuType(), settings.pool().gpus(),
                    settings.pool().slots(), settings.executor(), usage.gpus(), usage.slots(), counts.queued().getOrDefault(settings.name(), 0));
        }).toList();
    }

    JobViews.QuotaView quota(Caller caller) {
        return db.inTenant(caller.tenantId(), handle -> view(QuotaRepository.account(handle, caller.tenantId(), defaults, clock.instant()),
                !QuotaRepository.hasOwn(handle)));
    }

    /** Sets a tenant's quota (a platform admin's decision), audited in that tenant's log. */
    JobViews.QuotaView setQuota(Caller caller, UUID tenantId, JobRequests.Quota request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.weight() == null || !(request.weight() > 0) || request.weight() > 1000) {
            errors.add(new FieldError("weight", "field.between", Map.of("min", "0.001", "max", 1000)));
        }
        if (request.maxConcurrentGpus() == null || request.maxConcurrentGpus() < 0) {
            errors.add(FieldError.of("maxConcurrentGpus", "field.at-least", "min", 0));
        }
        if (request.gpuHoursPerMonth() == null || !(request.gpuHoursPerMonth() >= 0) || request.gpuHoursPerMonth().isInfinite()) {
            errors.add(FieldError.of("gpuHoursPerMonth", "field.at-least", "min", 0));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        boolean exists = db.acrossTenants(handle -> TenantRepository.byId(handle, tenantId).isPresent());
        if (!exists) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        return db.inTenant(tenantId, handle -> {
            QuotaRepository.upsert(handle, tenantId, request.weight(), request.maxConcurrentGpus(), request.gpuHoursPerMonth(),
                    AuditLog.actor(caller), now);
            audit.record(handle, tenantId, AuditLog.actor(caller), "quota.changed", "tenant:" + tenantId, Map.of(
                    "weight", request.weight(), "maxConcurrentGpus", request.maxConcurrentGpus(),
                    "gpuHoursPerMonth", request.gpuHoursPerMonth()));
            return view(QuotaRepository.account(handle, tenantId, defaults, now), false);
        });
    }

    private static JobViews.QuotaView view(TenantAccount account, boolean defaults) {
        return new JobViews.QuotaView(account.weight(), account.maxConcurrentGpus(), account.gpuHoursPerMonth(), account.gpusInUse(),
                account.gpuHoursUsedThisMonth(), defaults);
    }
}
