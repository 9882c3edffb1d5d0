package io.meridian.api.jobs;

import io.meridian.api.support.TestDatabase;
import io.micronaut.context.ApplicationContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Admission throughput against a real PostgreSQL: 10,000 queued jobs of 100 tenants, admitted by
 * the platform's own admission cycle (reap, read the queue and the accounts, plan, write the
 * admissions and wait reasons, in one transaction). Run by bench/admission.sh; not a test.
 *
 * <p>Two figures: the whole backlog admitted onto pools big enough for all of it (how fast the
 * queue drains), and cycles that admit 1,000 at a time while 10,000 wait (the steady state of a
 * backlogged cluster, where every cycle reads and ranks the whole queue).
 */
public final class AdmissionThroughput {

    private static final int TENANTS = 100;
    private static final int JOBS = 10_000;
    private static final String[] REGIONS = {"eu-west", "eu-central", "us-east", "ap-southeast", "cn-north"};

    public static void main(String[] args) throws Exception {
        run("backlog drained, capacity for all", 2_500);
        run("backlogged, capacity for 1,000", 200);
        System.exit(0);
    }

    private static void run(String scenario, int slotsPerPool) throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.applicationProperties());
        properties.put("micronaut.server.enabled", "false");
        properties.put("meridian.seed.demo", "false");
        properties.put("meridian.training.quota.max-concurrent-gpus", "100000");
        properties.put("meridian.training.quota.gpu-hours-per-month", "1000000");
        for (String region : REGIONS) {
            String prefix = "meridian.training.pools." + region + "-a100.";
            properties.put(prefix + "region", region);
            properties.put(prefix + "executor", "kubernetes"); // nothing in this process claims them
            properties.put(prefix + "gpus", String.valueOf(slotsPerPool * 4));
            properties.put(prefix + "slots", String.valueOf(slotsPerPool));
        }
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            seed();
            AdmissionCycle cycle = context.getBean(AdmissionCycle.class);
            long started = System.nanoTime();
            int admitted = 0;
            int cycles = 0;
            AdmissionCycle.Outcome outcome;
            do {
                outcome = cycle.runOnce();
                admitted += outcome.admitted();
                cycles++;
            } while (outcome.admitted() > 0 && (slotsPerPool * REGIONS.length >= JOBS || cycles < 1));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: %,d admissions in %d cycle(s), %.3f s: %,.0f admissions/s (%d queued at the start)%n",
                    scenario, admitted, cycles, seconds, admitted / seconds, JOBS);
            if (slotsPerPool * REGIONS.length < JOBS) {
                int rounds = 5;
                long steady = 0;
                int steadyAdmitted = 0;
                for (int i = 0; i < rounds; i++) {
                    freeAllAdmitted();
                    long begin = System.nanoTime();
                    steadyAdmitted += cycle.runOnce().admitted();
                    steady += System.nanoTime() - begin;
                }
                System.out.printf("%s, steady state: %,d admissions in %d cycles of %.1f ms each: %,.0f admissions/s%n",
                        scenario, steadyAdmitted, rounds, steady / 1e6 / rounds, steadyAdmitted / (steady / 1e9));
            }
        }
    }

    /** 100 tenants, 10,000 queued jobs (0-4 GPUs, priorities -2..2, one to three allowed pools). */
    private static void seed() throws Exception {
        Random random = new Random(1);
        try (Connection owner = TestDatabase.connectAsOwner()) {
            owner.setAutoCommit(false);
            try (Statement clear = owner.createStatement()) {
                clear.execute("delete from training_job_events; delete from training_job_progress; delete from training_job_logs; "
                        + "delete from training_jobs");
            }
            UUID[] tenants = new UUID[TENANTS];
            try (PreparedStatement tenant = owner.prepareStatement(
                    "insert into tenants (id, slug, name, home_region) values (?, ?, ?, 'eu-west')")) {
                for (int i = 0; i < TENANTS; i++) {
                    tenants[i] = UUID.randomUUID();
                    tenant.setObject(1, tenants[i]);
                    tenant.setString(2, "bench-" + tenants[i].toString().substring(0, 8));
                    tenant.setString(3, "Bench tenant " + i);
                    tenant.addBatch();
                }
                tenant.executeBatch();
            }
            try (PreparedStatement job = owner.prepareStatement("""
                    insert into training_jobs (id, tenant_id, model_name, dataset_id, dataset_sha256, trainer, hyperparameters, gpus,
                        priority, seed, allowed_pools, state, max_attempts, submitted_by, submitted_at, queued_at)
                    values (?, ?, 'bench', gen_random_uuid(), repeat('0', 64), 'djl-mlp', '{}', ?, ?, 1, ?, 'QUEUED', 3, 'user:bench',
                        now() - make_interval(secs => ?), now() - make_interval(secs => ?))""")) {
                for (int i = 0; i < JOBS; i++) {
                    int waited = random.nextInt(3600);
                    int first = random.nextInt(REGIONS.length);
                    String[] pools = new String[1 + random.nextInt(3)];
                    for (int p = 0; p < pools.length; p++) {
                        pools[p] = REGIONS[(first + p) % REGIONS.length] + "-a100";
                    }
                    job.setObject(1, UUID.randomUUID());
                    job.setObject(2, tenants[i % TENANTS]);
                    job.setInt(3, random.nextInt(5));
                    job.setInt(4, random.nextInt(5) - 2);
                    job.setArray(5, owner.createArrayOf("text", pools));
                    job.setInt(6, waited);
                    job.setInt(7, waited);
                    job.addBatch();
                }
                job.executeBatch();
            }
            owner.commit();
            try (Statement analyze = owner.createStatement()) {
                owner.setAutoCommit(true);
                analyze.execute("vacuum analyze training_jobs");
            }
        }
    }

    /** Ends what the last cycle admitted, so the next cycle again finds room for 1,000 among the 10,000 waiting. */
    private static void freeAllAdmitted() throws Exception {
        try (Connection owner = TestDatabase.connectAsOwner(); Statement statement = owner.createStatement()) {
            statement.execute("update training_jobs set state = 'QUEUED', pool = null, admitted_at = null where state = 'ADMITTED'");
        }
    }
}
