package io.meridian.training.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One admission cycle from an empty cluster: 10,000 queued jobs of 100 tenants (weights 1–4, GPUs
 * 0–4, priorities 0–9, queued up to 2 hours ago, each allowed its home region's pool and one or two
 * others) onto 5 regions' pools of 400 GPUs and 200 slots each (2,000 GPUs, 1,000 slots). About 800
 * jobs are admitted per plan; JMH reports plans/s ({@code plan}) and admissions/s ({@code admissions}).
 * Run with {@code training-scheduler/bench/admission-throughput.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdmissionPlannerBenchmark {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final AdmissionPlanner planner = new AdmissionPlanner();
    private List<Pool> pools;
    private Map<String, PoolUsage> emptyCluster;
    private Map<UUID, TenantAccount> tenants;
    private List<QueuedJob> queue;

    /** Counts admissions so that JMH reports them per second next to plans per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Admitted {
        public long admissions;
    }

    @Setup(Level.Trial)
    public void queueTenThousandJobs() {
        SplittableRandom random = new SplittableRandom(2025);
        pools = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            pools.add(new Pool("region-" + r + "-gpu", "region-" + r, "nvidia-h100", 400, 200));
        }
        emptyCluster = Map.of();
        tenants = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            UUID id = new UUID(7, t);
            ids.add(id);
            // quotas that bind for some tenants, as in a real month
            tenants.put(id, new TenantAccount(id, 1 + random.nextInt(4), 40 + random.nextInt(80), 1000,
                    random.nextInt(1100), 0, 0));
        }
        queue = new ArrayList<>();
        for (int j = 0; j < 10_000; j++) {
            int tenant = random.nextInt(100);
            List<String> allowed = new ArrayList<>();
            allowed.add(pools.get(tenant % 5).name());
            for (int extra = 1 + random.nextInt(2); extra > 0; extra--) {
                String other = pools.get(random.nextInt(5)).name();
                if (!allowed.contains(other)) {
                    allowed.add(other);
                }
            }
            queue.add(new QueuedJob(new UUID(8, j), ids.get(tenant), random.nextInt(5), random.nextInt(10),
                    NOW.minus(Duration.ofSeconds(random.nextInt(7_200))), allowed));
        }
        System.out.printf("%n%d jobs queued; one plan admits %d%n", queue.size(), plan().admitted().size());
    }

    @Benchmark
    public AdmissionPlan plan(Admitted admitted) {
        AdmissionPlan plan = plan();
        admitted.admissions += plan.admitted().size();
        return plan;
    }

    private AdmissionPlan plan() {
        return planner.plan(pools, emptyCluster, tenants, queue, NOW);
    }
}
