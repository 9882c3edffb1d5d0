package io.meridian.api.jobs;

import io.meridian.api.database.TenantDb;
import io.meridian.training.jobs.JobState;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one attempt in a Kubernetes pod: the attempt the executor claimed for this pod (same job, same attempt,
 * worker {@code k8s:<job>/<attempt>}), through the same {@link JobRunner} and heartbeat as the in-process
 * executor. Its exit code tells Kubernetes how the attempt ended, for {@code kubectl} and the watcher.
 */
@Singleton
public final class TrainingWorker {

    /** The first argument of {@code main} that makes the process a training worker. */
    public static final String COMMAND = "train-worker";
    /** Set in the worker's context: beans that belong to the serving platform (retention, demo data) stay off. */
    public static final String ROLE_PROPERTY = "meridian.training.role";
    public static final String WORKER_ROLE = "worker";

    /** SUCCEEDED or CANCELLED: the attempt ended as it should. */
    public static final int EXIT_DONE = 0;
    /** FAILED, or given back to the queue (lease lost, stopped). */
    public static final int EXIT_FAILED = 1;
    /** Not this pod's attempt to run (already ended, reaped, or taken by a newer attempt). */
    public static final int EXIT_NOT_OURS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(TrainingWorker.class);

    private final TenantDb db;
    private final JobRunner runner;
    private final Clock clock;
    private final Duration lease;
    private final Duration heartbeatInterval;
    private volatile RunningAttempt current;
    private volatile AttemptHeartbeat currentHeartbeat;
    private final CountDownLatch finished = new CountDownLatch(1);

    TrainingWorker(TenantDb db, JobRunner runner, Clock clock,
                   @Value("${meridian.training.lease:30s}") Duration lease,
                   @Value("${meridian.training.heartbeat:2s}") Duration heartbeatInterval) {
        this.db = db;
        this.runner = runner;
        this.clock = clock;
        this.lease = lease;
        this.heartbeatInterval = heartbeatInterval;
    }

    /** Runs the attempt to its end and returns the process's exit code. One attempt per worker. */
    public int run(UUID jobId, int attempt) {
        String worker = KubernetesWorkers.id(jobId, attempt);
        Optional<StoredJob> job = db.asScheduler(handle -> JobRepository.byId(handle, jobId));
        if (job.isEmpty() || job.get().state() != JobState.RUNNING || job.get().attempt() != attempt
                || !worker.equals(job.get().worker())) {
            LOG.error("training job {} attempt {} is not this pod's to run (now: {})", jobId, attempt,
                    job.map(found -> found.state() + " attempt " + found.attempt() + " worker " + found.worker()).orElse("no such job"));
            return EXIT_NOT_OURS;
        }
        RunningAttempt running = new RunningAttempt(job.get());
        try (AttemptHeartbeat heartbeat = new AttemptHeartbeat(db, clock, lease, heartbeatInterval)) {
            heartbeat.add(running);
            // From the executor's start lease to the heartbeat's own: a worker that dies from here on is noticed soon.
            heartbeat.beat();
            heartbeat.start();
            currentHeartbeat = heartbeat;
            current = running;
            if (!running.stopRequested()) {
                runner.run(running);
            }
        } finally {
            current = null;
            finished.countDown();
        }
        JobState state = db.asScheduler(handle -> JobRepository.byId(handle, jobId)).map(StoredJob::state).orElse(JobState.FAILED);
        LOG.info("training job {} attempt {} ended {}", jobId, attempt, state);
        return state == JobState.SUCCEEDED || state == JobState.CANCELLED ? EXIT_DONE : EXIT_FAILED;
    }

    /**
     * SIGTERM (the Job deleted, the pod evicted or preempted): a cancellation asked for is read first, so that
     * a cancelled job ends CANCELLED rather than going back to the queue; otherwise the attempt is given back.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        RunningAttempt running = current;
        if (running == null) {
            return;
        }
        currentHeartbeat.beat();
        running.stop(RunningAttempt.Stop.SHUTDOWN);
        finished.await(30, TimeUnit.SECONDS);
    }
}
