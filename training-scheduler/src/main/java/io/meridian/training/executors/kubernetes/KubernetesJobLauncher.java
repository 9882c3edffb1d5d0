package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.meridian.training.executors.JobLaunch;

import java.net.HttpURLConnection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs attempts of training jobs as Kubernetes Jobs on the pools of kind {@code kubernetes}: creates them,
 * deletes them when a job is cancelled, and reads the training log back.
 */
public final class KubernetesJobLauncher {

    /** Bounds what a log request holds in memory and sends to a console. */
    public static final int MAX_LOG_BYTES = 1024 * 1024;
    /** Bounds what the API server streams for a long run before the byte bound cuts it. */
    private static final int MAX_LOG_LINES = 20_000;

    private final KubernetesClient client;
    private final Map<String, KubernetesPoolSettings> pools;

    /** @param pools the settings of each pool of kind {@code kubernetes}, by pool name */
    public KubernetesJobLauncher(KubernetesClient client, Map<String, KubernetesPoolSettings> pools) {
        this.client = client;
        this.pools = Map.copyOf(pools);
    }

    /** The namespaces the pools use: where a watcher has to look. */
    public Set<String> namespaces() {
        return pools.values().stream().map(KubernetesPoolSettings::namespace).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Creates the attempt's Job. A replica that crashed after creating it and retries finds it there and
     * succeeds as well; the name is deterministic, so there is nothing else to look up.
     *
     * @return the Job's name
     * @throws IllegalStateException when a Job of that name runs another training job (the names share only
     *                               8 hex digits of the job id)
     */
    public String launch(JobLaunch launch) {
        KubernetesPoolSettings pool = poolOf(launch.pool());
        Job job = TrainingJobManifest.of(launch, pool);
        String name = job.getMetadata().getName();
        try {
            client.batch().v1().jobs().inNamespace(pool.namespace()).resource(job).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            requireSameAttempt(pool.namespace(), name, launch);
        }
        return name;
    }

    /**
     * Deletes every Job of the training job, in every pool's namespace, with background propagation so that
     * their pods go too (the default for batch/v1 Jobs would orphan them and leave the GPUs busy).
     *
     * @return whether there was a Job to delete
     */
    public boolean cancel(UUID jobId) {
        boolean deleted = false;
        for (String namespace : namespaces()) {
            deleted |= !client.batch().v1().jobs().inNamespace(namespace)
                    .withLabel(TrainingJobLabels.MANAGED_BY, TrainingJobLabels.MANAGED_BY_MERIDIAN)
                    .withLabel(TrainingJobLabels.JOB_ID, jobId.toString())
                    .withPropagationPolicy(DeletionPropagation.BACKGROUND)
                    .delete().isEmpty();
        }
        return deleted;
    }

    /**
     * The training container's log of an attempt: its last {@value #MAX_LOG_BYTES} bytes (and at most
     * {@value #MAX_LOG_LINES} lines), or empty when it has no pod (not admitted yet, or cleaned up after its
     * TTL) or the container has not started.
     */
    public String logs(UUID jobId, int attempt) {
        TrainingAttempt which = new TrainingAttempt(jobId, attempt);
        for (String namespace : namespaces()) {
            Optional<Pod> pod = TrainingPods.newest(client, namespace, which);
            if (pod.isPresent()) {
                return logOf(namespace, pod.get());
            }
        }
        return "";
    }

    private String logOf(String namespace, Pod pod) {
        try {
            return LogTail.read(client.pods().inNamespace(namespace).withName(pod.getMetadata().getName())
                    .inContainer(TrainingJobLabels.CONTAINER)
                    .tailingLines(MAX_LOG_LINES)
                    .getLogInputStream(), MAX_LOG_BYTES);
        } catch (KubernetesClientException e) {
            // 400: the container is still waiting (pulling the image); 404: the pod went meanwhile.
            if (e.getCode() == HttpURLConnection.HTTP_BAD_REQUEST || e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
                return "";
            }
            throw e;
        }
    }

    private void requireSameAttempt(String namespace, String name, JobLaunch launch) {
        Job existing = client.batch().v1().jobs().inNamespace(namespace).withName(name).get();
        TrainingAttempt wanted = new TrainingAttempt(launch.jobId(), launch.attempt());
        Optional<TrainingAttempt> found = existing == null ? Optional.empty() : TrainingJobStatus.attemptOf(existing);
        if (found.isEmpty() || !found.get().equals(wanted)) {
            throw new IllegalStateException("Job " + namespace + "/" + name + " exists but runs "
                    + found.map(Object::toString).orElse("something else") + ", not " + wanted);
        }
    }

    private KubernetesPoolSettings poolOf(String pool) {
        KubernetesPoolSettings settings = pools.get(pool);
        if (settings == null) {
            throw new IllegalArgumentException("no Kubernetes settings for pool " + pool);
        }
        return settings;
    }
}
