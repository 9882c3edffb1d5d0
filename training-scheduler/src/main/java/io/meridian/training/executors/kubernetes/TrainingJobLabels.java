package io.meridian.training.executors.kubernetes;

import java.util.UUID;

/**
 * The names and labels by which the platform finds its Jobs and their pods again: after a restart, from
 * another replica, or by hand with {@code kubectl get jobs -l meridian.io/job-id=<uuid>}.
 */
public final class TrainingJobLabels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGED_BY_MERIDIAN = "meridian";
    public static final String JOB_ID = "meridian.io/job-id";
    public static final String ATTEMPT = "meridian.io/attempt";
    public static final String TENANT = "meridian.io/tenant";
    public static final String POOL = "meridian.io/pool";
    public static final String KUEUE_QUEUE_NAME = "kueue.x-k8s.io/queue-name";

    /** Annotations, for what is useful to a reader but never selected on. */
    public static final String TENANT_SLUG_ANNOTATION = "meridian.io/tenant-slug";
    public static final String TRAINER_ANNOTATION = "meridian.io/trainer";

    /** The one container of a training pod; logs are read from it by name in case a mesh adds sidecars. */
    public static final String CONTAINER = "trainer";

    private static final String NAME_PREFIX = "meridian-train-";
    private static final String QUEUE_PREFIX = "meridian-";

    private TrainingJobLabels() {
    }

    /**
     * {@code meridian-train-<first 8 hex of the job id>-<attempt>}: short enough for the pods' job-name label
     * and readable in {@code kubectl}; the same attempt always gets the same name, which is what makes a
     * retried launch find the Job it already created. The full ids are in the labels.
     */
    public static String jobName(UUID jobId, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        return NAME_PREFIX + jobId.toString().substring(0, 8) + "-" + attempt;
    }

    /** The Kueue LocalQueue of a tenant, in every namespace the platform's Jobs run in. */
    public static String localQueueName(String tenantSlug) {
        String name = QUEUE_PREFIX + tenantSlug;
        KubernetesNames.requireDnsLabel("LocalQueue name for tenant slug '" + tenantSlug + "'", name);
        return name;
    }
}
