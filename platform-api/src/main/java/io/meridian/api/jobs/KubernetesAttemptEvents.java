package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import io.meridian.training.executors.kubernetes.KubernetesJobLauncher;
import io.meridian.training.executors.kubernetes.TrainingAttempt;
import io.meridian.training.executors.kubernetes.TrainingFailure;
import io.meridian.training.executors.kubernetes.TrainingJobListener;
import io.meridian.training.jobs.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the cluster reports about the attempts' Jobs, written to the queue. The pod's worker records its own
 * end (SUCCEEDED, FAILED by the trainer, CANCELLED); this records the ends it cannot: the pod killed
 * (OOMKilled, DeadlineExceeded, evicted) or its Job deleted. Every change applies only while the database
 * still says the attempt runs under its pod's worker id, so repeated and late reports change nothing.
 * The pod's log is kept in the job's log, since the pod goes with the Job's TTL.
 */
final class KubernetesAttemptEvents implements TrainingJobListener {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesAttemptEvents.class);
    static final String POD_FAILED = "pod-failed";
    static final String WORKER_LOST = "worker-lost";

    private final TenantDb db;
    private final KubernetesJobLauncher launcher;
    private final SchedulerSignals signals;
    private final Clock clock;
    private final Duration startLease;
    // The watcher calls on its informer thread; database writes and log downloads go here, in order.
    private final ExecutorService work = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("kubernetes-events").daemon().factory());

    KubernetesAttemptEvents(TenantDb db, KubernetesJobLauncher launcher, SchedulerSignals signals, Clock clock, Duration startLease) {
        this.db = db;
        this.launcher = launcher;
        this.signals = signals;
        this.clock = clock;
        this.startLease = startLease;
    }

    /** The pod is there but its JVM may still be starting: give it the start lease again (Kueue may have readmitted it). */
    @Override
    public void started(TrainingAttempt attempt) {
        handOff("started", attempt, () -> db.asScheduler(handle -> JobRepository.extendLease(handle, attempt.jobId(),
                attempt.attempt(), worker(attempt), clock.instant().plus(startLease))));
    }

    @Override
    public void succeeded(TrainingAttempt attempt) {
        handOff("succeeded", attempt, () -> keepLog(attempt));
    }

    @Override
    public void failed(TrainingAttempt attempt, TrainingFailure failure) {
        handOff("failed", attempt, () -> {
            keepLog(attempt);
            String detail = failure.message().isBlank() ? failure.reason() : failure.reason() + ": " + failure.message();
            end(attempt, POD_FAILED, detail);
        });
    }

    /** Deleted before it finished: cancelled (then cancel_requested is set), or gone like a lost worker. */
    @Override
    public void deleted(TrainingAttempt attempt) {
        handOff("deleted", attempt, () -> end(attempt, WORKER_LOST, "Kubernetes Job deleted before it finished"));
    }

    private void end(TrainingAttempt attempt, String reason, String detail) {
        Optional<JobState> ended = db.asScheduler(handle -> JobRepository.endFromOutside(handle, attempt.jobId(), attempt.attempt(),
                worker(attempt), reason, detail, KubernetesWorkers.ACTOR, clock.instant()));
        ended.ifPresent(state -> {
            LOG.info("training job {} attempt {}: {} ({})", attempt.jobId(), attempt.attempt(), state, detail);
            signals.admissionNeeded();
        });
    }

    /** Once per attempt: a marker line says the pod's log is there already (a new watcher reports every Job again). */
    private void keepLog(TrainingAttempt attempt) {
        Optional<UUID> tenant = db.asScheduler(handle -> JobRepository.tenantOf(handle, attempt.jobId()));
        if (tenant.isEmpty()) {
            return;
        }
        String marker = "--- log of Kubernetes pod of attempt " + attempt.attempt() + " ---";
        if (db.inTenant(tenant.get(), handle -> JobRepository.hasLogLine(handle, attempt.jobId(), attempt.attempt(), marker))) {
            return;
        }
        String log = launcher.logs(attempt.jobId(), attempt.attempt());
        if (log.isBlank()) {
            return;
        }
        List<String> lines = Stream.concat(Stream.of(marker), log.lines()).toList();
        db.inTenant(tenant.get(), handle -> {
            JobRepository.log(handle, tenant.get(), attempt.jobId(), attempt.attempt(), lines, clock.instant());
            return null;
        });
    }

    private void handOff(String event, TrainingAttempt attempt, Runnable action) {
        work.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                // The reaper still ends the attempt when its lease runs out.
                LOG.error("could not record {} of training job {} attempt {}", event, attempt.jobId(), attempt.attempt(), e);
            }
        });
    }

    private static String worker(TrainingAttempt attempt) {
        return KubernetesWorkers.id(attempt.jobId(), attempt.attempt());
    }

    void close() throws InterruptedException {
        work.shutdown();
        work.awaitTermination(10, TimeUnit.SECONDS);
    }
}
