package io.meridian.api.jobs;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.meridian.api.database.TenantDb;
import io.meridian.training.executors.JobLaunch;
import io.meridian.training.executors.kubernetes.KubernetesJobLauncher;
import io.meridian.training.executors.kubernetes.TrainingJobWatcher;
import io.micronaut.context.annotation.Requires;
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
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the admitted jobs of the pools of kind {@code kubernetes} as Kubernetes Jobs: claims each attempt
 * (SKIP LOCKED, so replicas never launch the same one) under the worker id its pod will use, with a lease
 * long enough for the pod to be scheduled and start, and creates the Job; the pod's worker then renews the
 * lease, trains and records the end. What only the cluster sees (a killed pod, a deleted Job) comes back
 * through the watcher ({@link KubernetesAttemptEvents}). The admission cycle already bounds how many
 * attempts a pool holds, so every admitted attempt is launched at once.
 */
@Singleton
@Requires(condition = KubernetesPoolsConfigured.class)
final class KubernetesExecutor implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesExecutor.class);
    static final String LAUNCH_FAILED = "launch-failed";
    private static final Duration WATCH_RETRY = Duration.ofSeconds(10);

    private final TenantDb db;
    private final TrainingPools pools;
    private final KubernetesClient client;
    private final KubernetesJobLauncher launcher;
    private final SchedulerSignals signals;
    private final Clock clock;
    private final Duration startLease;
    private final Duration poll;
    private final Duration resync;
    private final KubernetesAttemptEvents events;
    private volatile TrainingJobWatcher watcher;
    private volatile Thread dispatcher;

    KubernetesExecutor(TenantDb db, TrainingPools pools, KubernetesClient client, KubernetesJobLauncher launcher,
                       SchedulerSignals signals, Clock clock,
                       @Value("${meridian.training.kubernetes.start-lease:15m}") Duration startLease,
                       @Value("${meridian.training.poll:1s}") Duration poll,
                       @Value("${meridian.training.kubernetes.resync:5m}") Duration resync) {
        this.db = db;
        this.pools = pools;
        this.client = client;
        this.launcher = launcher;
        this.signals = signals;
        this.clock = clock;
        this.startLease = startLease;
        this.poll = poll;
        this.resync = resync;
        this.events = new KubernetesAttemptEvents(db, launcher, signals, clock, startLease);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        List<String> names = pools.kubernetesNames();
        dispatcher = Thread.ofPlatform().name("kubernetes-dispatcher").daemon().start(() -> {
            if (watch()) {
                dispatch(names);
            }
        });
        LOG.info("Kubernetes training: pools {} in namespaces {}", names, launcher.namespaces());
    }

    /**
     * Starts the watcher before the first launch, so that no Job's end goes unseen. An API server that cannot
     * be reached yet must not stop the platform from serving: it is tried again until it answers.
     */
    private boolean watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                watcher = TrainingJobWatcher.start(client, launcher.namespaces(), events, resync);
                return true;
            } catch (RuntimeException e) {
                LOG.error("cannot watch the training Jobs in {}; trying again in {}", launcher.namespaces(), WATCH_RETRY, e);
                try {
                    Thread.sleep(WATCH_RETRY);
                } catch (InterruptedException interrupted) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Deletes the job's Kubernetes Jobs (their pods get SIGTERM). The worker, or else the watcher's
     * {@code deleted}, records CANCELLED; the database was told first, so neither can take it for a lost worker.
     */
    void cancel(UUID jobId) {
        try {
            launcher.cancel(jobId);
        } catch (RuntimeException e) {
            // The pod's worker still sees the cancellation at its next heartbeat.
            LOG.warn("could not delete the Kubernetes Job of training job {}", jobId, e);
        }
    }

    /** Launches every admitted attempt there is; false when there was none. */
    boolean launchAdmitted(List<String> names) {
        boolean launched = false;
        while (launchNext(names)) {
            launched = true;
        }
        return launched;
    }

    private record Claimed(StoredJob job, String tenantSlug) {
    }

    private boolean launchNext(List<String> names) {
        Optional<Claimed> claimed = db.asScheduler(handle -> JobRepository.claimForKubernetes(handle, names, clock.instant(), startLease)
                .map(job -> new Claimed(job, JobRepository.tenantSlug(handle, job.tenantId()))));
        if (claimed.isEmpty()) {
            return false;
        }
        StoredJob job = claimed.get().job();
        try {
            String name = launcher.launch(new JobLaunch(job.id(), job.tenantId(), claimed.get().tenantSlug(), job.attempt(), job.pool(),
                    job.gpus(), job.trainer()));
            LOG.info("training job {} attempt {} launched as Kubernetes Job {}", job.id(), job.attempt(), name);
        } catch (RuntimeException e) {
            // Counted as an attempt: a launch that can never work (a missing namespace, a refused quota) ends the
            // job after its attempts instead of cycling through the queue forever.
            LOG.warn("training job {} attempt {} could not be launched", job.id(), job.attempt(), e);
            Instant now = clock.instant();
            db.asScheduler(handle -> JobRepository.endFromOutside(handle, job.id(), job.attempt(), job.worker(), LAUNCH_FAILED,
                    String.valueOf(e.getMessage() == null ? e : e.getMessage()), KubernetesWorkers.ACTOR, now));
            signals.admissionNeeded();
        }
        return true;
    }

    private void dispatch(List<String> names) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                launchAdmitted(names);
            } catch (RuntimeException e) {
                LOG.error("launching training jobs failed; trying again", e);
            }
            try {
                signals.awaitWork(poll);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Thread running = dispatcher;
        if (running != null) {
            running.interrupt();
        }
        TrainingJobWatcher watching = watcher;
        if (watching != null) {
            watching.close();
        }
        events.close();
    }
}
