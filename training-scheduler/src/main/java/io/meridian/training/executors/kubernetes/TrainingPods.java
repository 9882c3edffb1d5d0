package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.Comparator;
import java.util.Optional;

/** Finds the pod of an attempt by the labels its Job's template gave it. */
final class TrainingPods {

    private TrainingPods() {
    }

    /**
     * The newest pod of the attempt. With backoffLimit 0 there is normally one; Kueue preemption or an
     * eviction can leave a replaced one behind, and the newest is the one whose log and end matter.
     */
    static Optional<Pod> newest(KubernetesClient client, String namespace, TrainingAttempt attempt) {
        return client.pods().inNamespace(namespace)
                .withLabel(TrainingJobLabels.JOB_ID, attempt.jobId().toString())
                .withLabel(TrainingJobLabels.ATTEMPT, Integer.toString(attempt.attempt()))
                .list().getItems().stream()
                // RFC 3339 timestamps in UTC with the same precision sort as text.
                .max(Comparator.comparing(pod -> creation(pod)));
    }

    private static String creation(Pod pod) {
        String created = pod.getMetadata().getCreationTimestamp();
        return created == null ? "" : created;
    }
}
