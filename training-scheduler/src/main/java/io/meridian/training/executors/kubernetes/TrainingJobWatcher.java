package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches the platform's Jobs (label {@code app.kubernetes.io/managed-by=meridian}) in the pools' namespaces
 * and tells a listener when an attempt starts, succeeds, fails or is deleted.
 *
 * <p>Built on fabric8 informers: they list, then watch, re-list when the watch expires or the connection
 * drops, and resync periodically, so a missed event is made up for by the next list. Every delivery goes
 * through one check against the phase last reported for that Job, which turns the repeats of resyncs and
 * re-lists into nothing and each real change into one event.
 */
public final class TrainingJobWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TrainingJobWatcher.class.getName());

    private final KubernetesClient client;
    private final TrainingJobListener listener;
    private final Map<String, TrainingJobPhase> reported = new ConcurrentHashMap<>();
    private final List<SharedIndexInformer<Job>> informers = new ArrayList<>();

    private TrainingJobWatcher(KubernetesClient client, TrainingJobListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /**
     * Starts one informer per namespace and returns once each has listed its Jobs (reporting their current
     * state to the listener).
     *
     * @param resync how often the cached Jobs are delivered again, as a safety net; at least one second
     */
    public static TrainingJobWatcher start(KubernetesClient client, Collection<String> namespaces,
                                           TrainingJobListener listener, Duration resync) {
        TrainingJobWatcher watcher = new TrainingJobWatcher(client, listener);
        try {
            for (String namespace : namespaces.stream().distinct().toList()) {
                watcher.informers.add(client.batch().v1().jobs().inNamespace(namespace)
                        .withLabel(TrainingJobLabels.MANAGED_BY, TrainingJobLabels.MANAGED_BY_MERIDIAN)
                        .inform(watcher.new Handler(), Math.max(1000, resync.toMillis())));
            }
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
        informers.clear();
    }

    private final class Handler implements ResourceEventHandler<Job> {

        @Override
        public void onAdd(Job job) {
            observe(job);
        }

        @Override
        public void onUpdate(Job previous, Job job) {
            observe(job);
        }

        /**
         * A Job deleted after it finished is TTL clean-up and says nothing new. One deleted while waiting or
         * running was cancelled; its last known state is still read first, in case the finish was missed.
         */
        @Override
        public void onDelete(Job job, boolean finalStateUnknown) {
            observe(job);
            TrainingJobPhase last = reported.remove(key(job));
            if (last == null || !last.isFinished()) {
                TrainingJobStatus.attemptOf(job).ifPresent(attempt -> report(() -> listener.deleted(attempt)));
            }
        }
    }

    private void observe(Job job) {
        TrainingAttempt attempt = TrainingJobStatus.attemptOf(job).orElse(null);
        if (attempt == null) {
            return;
        }
        TrainingJobPhase phase = TrainingJobStatus.phaseOf(job);
        TrainingJobPhase before = reported.get(key(job));
        // A finished attempt stays finished; WAITING after RUNNING (Kueue preempted it) is not an event.
        if (phase == before || (before != null && before.isFinished())) {
            return;
        }
        reported.put(key(job), phase);
        switch (phase) {
            case WAITING -> { }
            case RUNNING -> report(() -> listener.started(attempt));
            case SUCCEEDED -> report(() -> listener.succeeded(attempt));
            case FAILED -> {
                TrainingFailure failure = TrainingJobStatus.failureOf(job, podOf(job, attempt));
                report(() -> listener.failed(attempt, failure));
            }
        }
    }

    private Pod podOf(Job job, TrainingAttempt attempt) {
        try {
            return TrainingPods.newest(client, job.getMetadata().getNamespace(), attempt).orElse(null);
        } catch (KubernetesClientException e) {
            // The Job's own reason is still worth reporting when the pod cannot be read.
            LOG.log(Level.WARNING, "cannot read the pod of " + job.getMetadata().getName(), e);
            return null;
        }
    }

    /** A listener that throws must not stop the informer from delivering the other Jobs' events. */
    private static void report(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "training job listener failed", e);
        }
    }

    private static String key(Job job) {
        return job.getMetadata().getNamespace() + "/" + job.getMetadata().getName();
    }
}
