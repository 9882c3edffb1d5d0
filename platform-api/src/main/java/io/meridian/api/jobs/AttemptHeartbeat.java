package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the leases of the attempts running in this process alive, each under the worker id it was claimed
 * with, and passes on what the database says: a cancellation asked for elsewhere, or a lease that went to
 * someone else. Shared by the in-process executor and the Kubernetes pod's worker.
 */
final class AttemptHeartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptHeartbeat.class);

    private final TenantDb db;
    private final Clock clock;
    private final Duration lease;
    private final Duration interval;
    private final Map<UUID, RunningAttempt> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("training-heartbeat").daemon().factory());

    AttemptHeartbeat(TenantDb db, Clock clock, Duration lease, Duration interval) {
        this.db = db;
        this.clock = clock;
        this.lease = lease;
        this.interval = interval;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void add(RunningAttempt attempt) {
        running.put(attempt.job().id(), attempt);
    }

    void remove(RunningAttempt attempt) {
        running.remove(attempt.job().id(), attempt);
    }

    Optional<RunningAttempt> find(UUID jobId) {
        return Optional.ofNullable(running.get(jobId));
    }

    Collection<RunningAttempt> running() {
        return running.values();
    }

    /** Renews every running attempt's lease, and stops those cancelled or no longer this worker's. */
    void beat() {
        for (RunningAttempt attempt : running.values()) {
            StoredJob job = attempt.job();
            try {
                Optional<Boolean> renewed = db.inTenant(job.tenantId(), handle ->
                        JobRepository.heartbeat(handle, job.id(), job.attempt(), job.worker(), clock.instant().plus(lease)));
                if (renewed.isEmpty()) {
                    attempt.stop(RunningAttempt.Stop.LEASE_LOST);
                } else if (renewed.get()) {
                    attempt.stop(RunningAttempt.Stop.CANCELLED);
                }
            } catch (RuntimeException e) {
                LOG.warn("heartbeat of job {} failed; its lease runs until it succeeds again or expires", job.id(), e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
