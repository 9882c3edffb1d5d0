package io.meridian.api.jobs;

import io.meridian.training.scheduling.TenantAccount;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Quotas and what tenants use of them. GPU-hours count by the month an attempt started (UTC):
 * finished attempts by their recorded GPU-seconds, a running one by its GPUs times its age.
 */
final class QuotaRepository {

    private static final String ACCOUNTS = """
            with tenants_with_jobs as (
                select distinct tenant_id from training_jobs where state in ('QUEUED', 'ADMITTED', 'RUNNING') %s),
            held as (
                select tenant_id, sum(gpus) as gpus, count(*) as slots from training_jobs
                where state in ('ADMITTED', 'RUNNING') group by tenant_id),
            used as (
                select tenant_id, sum(gpu_seconds + case when state = 'RUNNING'
                        then gpu_seconds_between(gpus, started_at, :now) else 0 end) / 3600.0 as hours
                from training_jobs where gpus > 0 and started_at >= :month group by tenant_id)
            select t.tenant_id, q.weight, q.max_concurrent_gpus, q.gpu_hours_per_month,
                   coalesce(h.gpus, 0) as gpus, coalesce(h.slots, 0) as slots, coalesce(u.hours, 0) as hours
            from tenants_with_jobs t
            left join tenant_quotas q on q.tenant_id = t.tenant_id
            left join held h on h.tenant_id = t.tenant_id
            left join used u on u.tenant_id = t.tenant_id""";

    private QuotaRepository() {
    }

    /** Every tenant with queued or active jobs (scheduler scope). */
    static Map<UUID, TenantAccount> accounts(Handle handle, QuotaDefaults defaults, Instant now) {
        Map<UUID, TenantAccount> accounts = new HashMap<>();
        bind(handle.createQuery(ACCOUNTS.formatted("")), now)
                .map((row, context) -> accounts.put(row.getObject("tenant_id", UUID.class), account(row, defaults)))
                .list();
        return accounts;
    }

    /** The handle's tenant's account, jobs or not. */
    static TenantAccount account(Handle handle, UUID tenantId, QuotaDefaults defaults, Instant now) {
        return bind(handle.createQuery(ACCOUNTS.formatted("union select cast(:tenant as uuid)")), now)
                .bind("tenant", tenantId.toString())
                .map((row, context) -> account(row, defaults)).one();
    }

    static boolean hasOwn(Handle handle) {
        return handle.createQuery("select exists (select 1 from tenant_quotas)").mapTo(Boolean.class).one();
    }

    static void upsert(Handle handle, UUID tenantId, double weight, int maxConcurrentGpus, double gpuHoursPerMonth, String actor,
                       Instant now) {
        handle.createUpdate("""
                        insert into tenant_quotas (tenant_id, weight, max_concurrent_gpus, gpu_hours_per_month, updated_by, updated_at)
                        values (:tenant, :weight, :gpus, :hours, :actor, :now)
                        on conflict (tenant_id) do update set weight = excluded.weight,
                            max_concurrent_gpus = excluded.max_concurrent_gpus, gpu_hours_per_month = excluded.gpu_hours_per_month,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .bind("tenant", tenantId).bind("weight", weight).bind("gpus", maxConcurrentGpus).bind("hours", gpuHoursPerMonth)
                .bind("actor", actor).bind("now", Timestamp.from(now)).execute();
    }

    private static Query bind(Query query, Instant now) {
        Instant month = YearMonth.from(now.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return query.bind("now", Timestamp.from(now)).bind("month", Timestamp.from(month));
    }

    private static TenantAccount account(java.sql.ResultSet row, QuotaDefaults defaults) throws java.sql.SQLException {
        boolean own = row.getObject("weight") != null;
        return new TenantAccount(row.getObject("tenant_id", UUID.class),
                own ? row.getDouble("weight") : defaults.weight(),
                own ? row.getInt("max_concurrent_gpus") : defaults.maxConcurrentGpus(),
                own ? row.getDouble("gpu_hours_per_month") : defaults.gpuHoursPerMonth(),
                row.getDouble("hours"), row.getInt("gpus"), row.getInt("slots"));
    }
}
