package io.meridian.training.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-built planner inputs for tests: readable ids, one clock, accounts without limits unless set. */
final class AdmissionInputs {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    final List<Pool> pools = new ArrayList<>();
    final Map<String, PoolUsage> usage = new HashMap<>();
    final Map<UUID, TenantAccount> tenants = new HashMap<>();
    final List<QueuedJob> queue = new ArrayList<>();
    private long nextJob = 1;

    static UUID tenant(int n) {
        return new UUID(1, n);
    }

    AdmissionInputs pool(String name, int gpus, int slots) {
        pools.add(new Pool(name, "eu-west", gpus == 0 ? "cpu" : "nvidia-a100", gpus, slots));
        return this;
    }

    AdmissionInputs used(String pool, int gpus, int slots) {
        usage.put(pool, new PoolUsage(gpus, slots));
        return this;
    }

    AdmissionInputs tenant(UUID id, double weight) {
        return account(new TenantAccount(id, weight, Integer.MAX_VALUE, Double.MAX_VALUE, 0, 0, 0));
    }

    AdmissionInputs account(TenantAccount account) {
        tenants.put(account.tenant(), account);
        return this;
    }

    /** Queues a job and returns its id, which orders as the jobs were queued here. */
    UUID job(UUID tenant, int gpus, int priority, Duration waited, String... allowedPools) {
        UUID id = new UUID(2, nextJob++);
        queue.add(new QueuedJob(id, tenant, gpus, priority, NOW.minus(waited), List.of(allowedPools)));
        return id;
    }

    UUID job(UUID tenant, int gpus, String... allowedPools) {
        return job(tenant, gpus, 0, Duration.ZERO, allowedPools);
    }

    AdmissionPlan plan() {
        return plan(AdmissionSettings.DEFAULTS);
    }

    AdmissionPlan plan(AdmissionSettings settings) {
        return new AdmissionPlanner(settings).plan(pools, usage, tenants, queue, NOW);
    }

    static List<UUID> admittedJobs(AdmissionPlan plan) {
        return plan.admitted().stream().map(Admission::job).toList();
    }
}
