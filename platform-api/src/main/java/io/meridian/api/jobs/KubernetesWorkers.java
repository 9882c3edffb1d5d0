package io.meridian.api.jobs;

import java.util.UUID;

/**
 * How the attempts that run as Kubernetes Jobs are named in the queue. The executor claims an attempt under
 * this worker id and the pod computes the same one from {@code MERIDIAN_JOB_ID} and {@code MERIDIAN_JOB_ATTEMPT},
 * so both sides agree on whose lease it is without talking to each other.
 */
final class KubernetesWorkers {

    static final String PREFIX = "k8s:";
    /** The actor of the changes the executor makes on what the cluster reports. */
    static final String ACTOR = "system:kubernetes";

    private KubernetesWorkers() {
    }

    /** {@code k8s:<job id>/<attempt>}; {@link JobRepository#claimForKubernetes} writes the same in SQL. */
    static String id(UUID jobId, int attempt) {
        return PREFIX + jobId + "/" + attempt;
    }
}
