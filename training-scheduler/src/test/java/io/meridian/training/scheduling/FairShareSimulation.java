package io.meridian.training.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A deterministic run of the planner against a busy cluster: every tenant always has jobs queued,
 * jobs finish after their durations, and the planner is asked again every step. Over the run, each
 * tenant's part of the consumed dominant resource (the integral over time of
 * {@code max(gpusHeld / totalGpus, slotsHeld / totalSlots)}) is compared with its entitlement,
 * {@code weight / sum of weights} of the total consumed.
 *
 * <p>{@code main} prints the full figures; {@link FairShareSimulationTest} asserts a short run.
 */
final class FairShareSimulation {

    /**
     * @param backlogPerTenant queued jobs each tenant is topped up to every step, so that all are backlogged
     * @param warmUpSteps      steps not counted: the cluster filling from empty is not the steady state
     */
    record Scenario(int tenants, int regions, int gpusPerPool, int slotsPerPool, int steps, int warmUpSteps,
                    int backlogPerTenant, int maxJobMinutes, long seed) {

        /** 100 tenants, 5 regions of 400 GPUs / 200 slots (2,000 GPUs, 1,000 slots), one step = one minute. */
        static Scenario standard(int steps, int warmUpSteps) {
            return new Scenario(100, 5, 400, 200, steps, warmUpSteps, 30, 60, 42);
        }
    }

    record TenantFigure(UUID tenant, int weight, double entitledPart, double receivedPart) {

        /** received / entitled − 1: +0.05 is 5 % more than its weight entitles it to. */
        double relativeError() {
            return receivedPart / entitledPart - 1;
        }
    }

    record Outcome(List<TenantFigure> tenants, long admissions, double gpuUtilisation, double slotUtilisation,
                   Duration planningTime, long plans) {

        double maxAbsoluteRelativeError() {
            return tenants.stream().mapToDouble(t -> Math.abs(t.relativeError())).max().orElse(0);
        }

        double meanAbsoluteRelativeError() {
            return tenants.stream().mapToDouble(t -> Math.abs(t.relativeError())).average().orElse(0);
        }

        long tenantsWithin(double relativeError) {
            return tenants.stream().filter(t -> Math.abs(t.relativeError()) <= relativeError).count();
        }
    }

    private record SimulatedJob(QueuedJob queued, int minutes) {
    }

    private record RunningJob(UUID tenant, String pool, int gpus, int endsAtStep) {
    }

    private static final Instant START = Instant.parse("2025-06-01T00:00:00Z");

    private final Scenario scenario;
    private final AdmissionPlanner planner;
    private final SplittableRandom random;
    private final List<Pool> pools = new ArrayList<>();
    private final Map<String, int[]> poolHeld = new HashMap<>(); // pool → {gpus, slots}
    private final List<UUID> tenants = new ArrayList<>();
    private final Map<UUID, Integer> weights = new HashMap<>();
    private final Map<UUID, String> homePools = new HashMap<>();
    private final Map<UUID, long[]> tenantHeld = new HashMap<>(); // tenant → {gpus, slots}
    private final Map<UUID, Integer> queuedCount = new HashMap<>();
    private final Map<UUID, SimulatedJob> queued = new LinkedHashMap<>();
    private final PriorityQueue<RunningJob> running = new PriorityQueue<>(Comparator.comparingInt(RunningJob::endsAtStep));
    private long nextJobId;

    FairShareSimulation(Scenario scenario, AdmissionSettings settings) {
        this.scenario = scenario;
        this.planner = new AdmissionPlanner(settings);
        this.random = new SplittableRandom(scenario.seed());
        for (int r = 0; r < scenario.regions(); r++) {
            Pool pool = new Pool("region-" + r + "-gpu", "region-" + r, "nvidia-h100", scenario.gpusPerPool(), scenario.slotsPerPool());
            pools.add(pool);
            poolHeld.put(pool.name(), new int[2]);
        }
        for (int t = 0; t < scenario.tenants(); t++) {
            UUID tenant = new UUID(7, t);
            tenants.add(tenant);
            weights.put(tenant, 1 + random.nextInt(4));
            homePools.put(tenant, pools.get(t % pools.size()).name());
            tenantHeld.put(tenant, new long[2]);
            queuedCount.put(tenant, 0);
        }
    }

    Outcome run() {
        ClusterTotals totals = ClusterTotals.of(pools);
        Map<UUID, Double> consumed = new HashMap<>();
        tenants.forEach(t -> consumed.put(t, 0.0));
        double gpuSteps = 0;
        double slotSteps = 0;
        long admissions = 0;
        long planningNanos = 0;
        for (int step = 0; step < scenario.steps(); step++) {
            Instant now = START.plus(Duration.ofMinutes(step));
            finishJobsEndingBy(step);
            topUpBacklogs(now);

            Map<String, PoolUsage> usage = usage();
            Map<UUID, TenantAccount> accounts = accounts();
            List<QueuedJob> queue = queue();
            long began = System.nanoTime();
            AdmissionPlan plan = planner.plan(pools, usage, accounts, queue, now);
            planningNanos += System.nanoTime() - began;
            for (Admission admission : plan.admitted()) {
                start(admission, step);
            }
            admissions += plan.admitted().size();

            if (step >= scenario.warmUpSteps()) {
                for (UUID tenant : tenants) {
                    long[] held = tenantHeld.get(tenant);
                    consumed.merge(tenant, totals.weightedShare(held[0], held[1], 1), Double::sum);
                }
                for (int[] held : poolHeld.values()) {
                    gpuSteps += held[0];
                    slotSteps += held[1];
                }
            }
        }
        double totalConsumed = consumed.values().stream().mapToDouble(Double::doubleValue).sum();
        double totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<TenantFigure> figures = tenants.stream()
                .map(t -> new TenantFigure(t, weights.get(t), weights.get(t) / totalWeight, consumed.get(t) / totalConsumed))
                .toList();
        int measuredSteps = scenario.steps() - scenario.warmUpSteps();
        return new Outcome(figures, admissions, gpuSteps / measuredSteps / totals.gpus(), slotSteps / measuredSteps / totals.slots(),
                Duration.ofNanos(planningNanos), scenario.steps());
    }

    private void finishJobsEndingBy(int step) {
        while (!running.isEmpty() && running.peek().endsAtStep() <= step) {
            RunningJob job = running.poll();
            int[] pool = poolHeld.get(job.pool());
            pool[0] -= job.gpus();
            pool[1] -= 1;
            long[] tenant = tenantHeld.get(job.tenant());
            tenant[0] -= job.gpus();
            tenant[1] -= 1;
        }
    }

    /** Every tenant keeps {@code backlogPerTenant} jobs queued: GPUs 0–4, priority 0–3, 5–max minutes. */
    private void topUpBacklogs(Instant now) {
        for (UUID tenant : tenants) {
            for (int n = queuedCount.get(tenant); n < scenario.backlogPerTenant(); n++) {
                QueuedJob job = new QueuedJob(new UUID(8, nextJobId++), tenant, random.nextInt(5), random.nextInt(4), now,
                        allowedPools(homePools.get(tenant)));
                queued.put(job.id(), new SimulatedJob(job, 5 + random.nextInt(scenario.maxJobMinutes() - 4)));
            }
            queuedCount.put(tenant, scenario.backlogPerTenant());
        }
    }

    /** The tenant's home region first, then the others: data may be processed anywhere in this scenario. */
    private List<String> allowedPools(String home) {
        List<String> names = new ArrayList<>(pools.size());
        names.add(home);
        for (Pool pool : pools) {
            if (!pool.name().equals(home)) {
                names.add(pool.name());
            }
        }
        return names;
    }

    private void start(Admission admission, int step) {
        SimulatedJob job = queued.remove(admission.job());
        int gpus = job.queued().gpus();
        running.add(new RunningJob(admission.tenant(), admission.pool(), gpus, step + job.minutes()));
        int[] pool = poolHeld.get(admission.pool());
        pool[0] += gpus;
        pool[1] += 1;
        long[] tenant = tenantHeld.get(admission.tenant());
        tenant[0] += gpus;
        tenant[1] += 1;
        queuedCount.merge(admission.tenant(), -1, Integer::sum);
    }

    private Map<String, PoolUsage> usage() {
        Map<String, PoolUsage> usage = new HashMap<>();
        poolHeld.forEach((pool, held) -> usage.put(pool, new PoolUsage(held[0], held[1])));
        return usage;
    }

    /** No quota limits: this run measures fair share alone. */
    private Map<UUID, TenantAccount> accounts() {
        Map<UUID, TenantAccount> accounts = new HashMap<>();
        for (UUID tenant : tenants) {
            long[] held = tenantHeld.get(tenant);
            accounts.put(tenant, new TenantAccount(tenant, weights.get(tenant), Integer.MAX_VALUE, Double.MAX_VALUE, 0,
                    (int) held[0], (int) held[1]));
        }
        return accounts;
    }

    private List<QueuedJob> queue() {
        return queued.values().stream().map(SimulatedJob::queued).toList();
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Scenario scenario = Scenario.standard(steps, warmUp);
        Outcome outcome = new FairShareSimulation(scenario, AdmissionSettings.DEFAULTS).run();
        System.out.printf("Fair-share simulation: %s%n", scenario);
        System.out.printf("admissions %,d in %,d plans; planning %,d ms in all (%.0f admissions/s of planning)%n",
                outcome.admissions(), outcome.plans(), outcome.planningTime().toMillis(),
                outcome.admissions() / (outcome.planningTime().toNanos() / 1e9));
        System.out.printf("utilisation after warm-up: GPUs %.1f %%, slots %.1f %%%n",
                100 * outcome.gpuUtilisation(), 100 * outcome.slotUtilisation());
        System.out.printf("relative error of each tenant's part vs its weight: max %.2f %%, mean %.2f %%; within 5 %%: %d of %d%n",
                100 * outcome.maxAbsoluteRelativeError(), 100 * outcome.meanAbsoluteRelativeError(),
                outcome.tenantsWithin(0.05), outcome.tenants().size());
        for (int weight = 1; weight <= 4; weight++) {
            final int w = weight;
            var ofWeight = outcome.tenants().stream().filter(t -> t.weight() == w).toList();
            System.out.printf("  weight %d: %3d tenants, relative error min %+.2f %%, mean %+.2f %%, max %+.2f %%%n", w, ofWeight.size(),
                    100 * ofWeight.stream().mapToDouble(TenantFigure::relativeError).min().orElse(0),
                    100 * ofWeight.stream().mapToDouble(TenantFigure::relativeError).average().orElse(0),
                    100 * ofWeight.stream().mapToDouble(TenantFigure::relativeError).max().orElse(0));
        }
    }
}
