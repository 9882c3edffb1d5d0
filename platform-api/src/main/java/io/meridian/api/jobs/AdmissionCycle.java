package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import io.meridian.training.scheduling.AdmissionPlan;
import io.meridian.training.scheduling.AdmissionPlanner;
import io.meridian.training.scheduling.QueuedJob;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The scheduler's heartbeat: every interval (and at once after a submission or a finished job)
 * it reaps running attempts whose lease ran out, then admits queued jobs onto pools under quotas
 * and fair share. One replica at a time (a transaction-scoped advisory lock); the others skip.
 */
@Singleton
final class AdmissionCycle implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionCycle.class);
    private static final long LOCK = 0x4d65726964696e41L; // "MeridinA"

    /** What one cycle did. */
    record Outcome(boolean led, int reaped, int queued, int admitted) {
    }

    private final TenantDb db;
    private final TrainingPools pools;
    private final QuotaDefaults quotas;
    private final AdmissionPlanner planner;
    private final SchedulerSignals signals;
    private final Clock clock;
    private final Duration interval;
    private volatile Thread loop;

    AdmissionCycle(TenantDb db, TrainingPools pools, QuotaDefaults quotas, AdmissionPlanner planner, SchedulerSignals signals,
                   Clock clock, @Value("${meridian.training.admission-interval:1s}") Duration interval) {
        this.db = db;
        this.pools = pools;
        this.quotas = quotas;
        this.planner = planner;
        this.signals = signals;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        loop = Thread.ofPlatform().name("admission-cycle").daemon().start(this::loop);
    }

    Outcome runOnce() {
        Instant now = clock.instant();
        Outcome outcome = db.asScheduler(handle -> {
            boolean led = handle.createQuery("select pg_try_advisory_xact_lock(:lock)").bind("lock", LOCK).mapTo(Boolean.class).one();
            if (!led) {
                return new Outcome(false, 0, 0, 0);
            }
            int reaped = JobRepository.reapExpired(handle, now);
            List<QueuedJob> queue = JobRepository.queued(handle);
            if (queue.isEmpty()) {
                return new Outcome(true, reaped, 0, 0);
            }
            AdmissionPlan plan = planner.plan(pools.pools(), JobRepository.usage(handle), QuotaRepository.accounts(handle, quotas, now),
                    queue, now);
            JobRepository.admit(handle, plan.admitted(), now);
            JobRepository.waiting(handle, plan.waiting());
            return new Outcome(true, reaped, queue.size(), plan.admitted().size());
        });
        if (outcome.reaped() > 0) {
            LOG.warn("{} running attempt(s) lost their worker; requeued or failed", outcome.reaped());
        }
        if (outcome.admitted() > 0) {
            signals.workAdmitted();
        }
        return outcome;
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                signals.awaitAdmissionNeeded(interval);
                runOnce();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("admission cycle failed; the next one tries again", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        Thread running = loop;
        if (running != null) {
            running.interrupt();
        }
    }
}
