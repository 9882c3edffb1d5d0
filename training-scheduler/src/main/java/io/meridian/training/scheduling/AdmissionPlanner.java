package io.meridian.training.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Decides, once per admission cycle, which queued jobs start and on which pool, and why each other
 * job waits. Pure: no database, no clock ({@code now} is given), no state between calls, so one
 * planner may serve every cycle and thread.
 *
 * <p>The rules (README, "Admission and fair share"):
 * <ul>
 *   <li>a job takes its GPUs and one slot on the first of its allowed pools with room;</li>
 *   <li>quotas: a GPU job waits when its tenant has spent its GPU-hours of the month or would hold
 *       more than its concurrent GPUs; CPU jobs are not limited by GPU quotas;</li>
 *   <li>fair share: the next admission goes to the tenant with the smallest weighted dominant share
 *       ({@link ClusterTotals#weightedShare}), counting what it holds, what this cycle gave it and
 *       half of the job it would get next ({@link TenantLedger#turnKey});</li>
 *   <li>within a tenant: higher effective priority (priority aged by waiting), older, then id, and a
 *       job that cannot go does not stop the ones after it;</li>
 *   <li>starvation guard: {@link PoolReservations}.</li>
 * </ul>
 */
public final class AdmissionPlanner {

    private final AdmissionSettings settings;

    public AdmissionPlanner(AdmissionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public AdmissionPlanner() {
        this(AdmissionSettings.DEFAULTS);
    }

    /**
     * @param usage   what admitted and running jobs hold, by pool name; a pool not named holds nothing
     * @param tenants every tenant that has a job in {@code queue}
     * @throws IllegalArgumentException when a queued job's tenant has no account, or an account's weight is not positive
     */
    public AdmissionPlan plan(List<Pool> pools, Map<String, PoolUsage> usage, Map<UUID, TenantAccount> tenants,
                              List<QueuedJob> queue, Instant now) {
        Map<String, PoolRoom> rooms = HashMap.newHashMap(pools.size());
        for (Pool pool : pools) {
            rooms.put(pool.name(), new PoolRoom(pool, usage.getOrDefault(pool.name(), PoolUsage.NONE)));
        }
        ClusterTotals totals = ClusterTotals.of(pools);
        List<TenantBacklog> backlogs = backlogsByTenant(tenants, queue, now, totals);
        PoolReservations reservations = PoolReservations.atCycleStart(backlogs, rooms, settings.starvationAfter());
        return new AdmissionCycle(rooms, backlogs, reservations).run();
    }

    private List<TenantBacklog> backlogsByTenant(Map<UUID, TenantAccount> tenants, List<QueuedJob> queue,
                                                 Instant now, ClusterTotals totals) {
        Map<UUID, List<RankedJob>> jobsByTenant = new LinkedHashMap<>();
        for (QueuedJob job : queue) {
            jobsByTenant.computeIfAbsent(job.tenant(), tenant -> new ArrayList<>())
                    .add(RankedJob.of(job, now, settings.agingStep()));
        }
        List<TenantBacklog> backlogs = new ArrayList<>(jobsByTenant.size());
        jobsByTenant.forEach((tenant, jobs) -> {
            TenantAccount account = tenants.get(tenant);
            if (account == null) {
                throw new IllegalArgumentException("queued jobs of tenant " + tenant + " but no account for it");
            }
            jobs.sort(RankedJob.FIRST_TO_ADMIT);
            backlogs.add(new TenantBacklog(new TenantLedger(account), jobs, totals));
        });
        return backlogs;
    }
}
