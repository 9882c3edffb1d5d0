package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The embedded executor: a bounded pool of worker threads in this process that claims admitted
 * jobs of the in-process pools (SKIP LOCKED, so replicas never take the same one), keeps their
 * leases alive with heartbeats, and stops them when they are cancelled or the process stops.
 */
@Singleton
final class InProcessExecutor implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessExecutor.class);

    private final TenantDb db;
    private final TrainingPools pools;
    private final JobRunner runner;
    private final SchedulerSignals signals;
    private final Clock clock;
    private final int workers;
    private final Duration lease;
    private final Duration poll;
    private final String workerId;
    private final Semaphore freeWorkers;
    private final AttemptHeartbeat heartbeat;
    private final ExecutorService pool;
    private volatile Thread dispatcher;

    InProcessExecutor(TenantDb db, TrainingPools pools, JobRunner runner, SchedulerSignals signals, Clock clock,
                      @Value("${meridian.training.workers:2}") int workers,
                      @Value("${meridian.training.lease:30s}") Duration lease,
                      @Value("${meridian.training.heartbeat:2s}") Duration heartbeat,
                      @Value("${meridian.training.poll:1s}") Duration poll) {
        this.db = db;
        this.pools = pools;
        this.runner = runner;
        this.signals = signals;
        this.clock = clock;
        this.workers = workers;
        this.lease = lease;
        this.poll = poll;
        this.workerId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.freeWorkers = new Semaphore(workers);
        this.pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("training-worker-", 1).factory());
        this.heartbeat = new AttemptHeartbeat(db, clock, lease, heartbeat);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        List<String> names = pools.inProcessNames();
        if (names.isEmpty() || workers < 1) {
            LOG.info("no in-process training pools; this replica runs no training jobs itself");
            return;
        }
        heartbeat.start();
        dispatcher = Thread.ofPlatform().name("training-dispatcher").daemon().start(() -> dispatch(names));
        LOG.info("in-process training: {} worker(s) as {} for pools {}", workers, workerId, names);
    }

    /** Stops the attempt of this job if it runs here; other replicas' attempts learn it from their heartbeat. */
    void cancel(UUID jobId) {
        heartbeat.find(jobId).ifPresent(attempt -> attempt.stop(RunningAttempt.Stop.CANCELLED));
    }

    private void dispatch(List<String> names) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                freeWorkers.acquire();
                Optional<StoredJob> claimed;
                try {
                    claimed = db.asScheduler(handle -> JobRepository.claim(handle, names, workerId, clock.instant(), lease));
                } catch (RuntimeException e) {
                    freeWorkers.release();
                    LOG.error("claiming a training job failed; trying again", e);
                    signals.awaitWork(poll);
                    continue;
                }
                if (claimed.isEmpty()) {
                    freeWorkers.release();
                    signals.awaitWork(poll);
                    continue;
                }
                RunningAttempt attempt = new RunningAttempt(claimed.get());
                heartbeat.add(attempt);
                pool.execute(() -> {
                    try {
                        runner.run(attempt);
                    } finally {
                        heartbeat.remove(attempt);
                        freeWorkers.release();
                        signals.admissionNeeded();
                    }
                });
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Running attempts stop and go back to the queue; another replica (or this one, restarted) takes them. */
    @PreDestroy
    void stop() throws InterruptedException {
        Thread running = dispatcher;
        if (running != null) {
            running.interrupt();
        }
        heartbeat.running().forEach(attempt -> attempt.stop(RunningAttempt.Stop.SHUTDOWN));
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        heartbeat.close();
    }
}
