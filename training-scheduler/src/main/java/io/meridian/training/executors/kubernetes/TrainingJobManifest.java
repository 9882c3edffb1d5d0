package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.meridian.training.executors.JobLaunch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch/v1 Job that runs one attempt of a training job on a pool: a pure function of the launch and the
 * pool's settings, so that the same attempt always yields the same object.
 */
public final class TrainingJobManifest {

    public static final String JOB_ID_ENV = "MERIDIAN_JOB_ID";
    public static final String ATTEMPT_ENV = "MERIDIAN_JOB_ATTEMPT";

    private TrainingJobManifest() {
    }

    public static Job of(JobLaunch launch, KubernetesPoolSettings pool) {
        if (launch.gpus() < 0) {
            throw new IllegalArgumentException("gpus must not be negative: " + launch.gpus());
        }
        KubernetesNames.requireLabelValue("pool", launch.pool());
        Map<String, String> labels = labels(launch);
        Map<String, String> jobLabels = new LinkedHashMap<>(labels);
        if (pool.kueueManaged()) {
            jobLabels.put(TrainingJobLabels.KUEUE_QUEUE_NAME, TrainingJobLabels.localQueueName(launch.tenantSlug()));
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(TrainingJobLabels.TENANT_SLUG_ANNOTATION, launch.tenantSlug());
        annotations.put(TrainingJobLabels.TRAINER_ANNOTATION, launch.trainer());

        return new JobBuilder()
                .withNewMetadata()
                    .withName(TrainingJobLabels.jobName(launch.jobId(), launch.attempt()))
                    .withNamespace(pool.namespace())
                    .withLabels(jobLabels)
                    .withAnnotations(annotations)
                .endMetadata()
                .withNewSpec()
                    // The platform counts attempts and decides on retries; Kubernetes must not retry behind its back.
                    .withBackoffLimit(0)
                    .withCompletions(1)
                    .withParallelism(1)
                    .withActiveDeadlineSeconds(pool.activeDeadline().toSeconds())
                    .withTtlSecondsAfterFinished(Math.toIntExact(pool.ttlAfterFinished().toSeconds()))
                    // Kueue admits a suspended Job by unsuspending it once the tenant's ClusterQueue has room.
                    .withSuspend(pool.kueueManaged())
                    .withNewTemplate()
                        .withNewMetadata()
                            .withLabels(labels)
                            .withAnnotations(annotations)
                        .endMetadata()
                        .withNewSpec()
                            .withRestartPolicy("Never")
                            .withServiceAccountName(pool.serviceAccount())
                            // The worker talks to the database, not to the Kubernetes API.
                            .withAutomountServiceAccountToken(false)
                            .withNodeSelector(pool.nodeSelector().isEmpty() ? null : pool.nodeSelector())
                            .withTolerations(tolerations(pool))
                            .withPriorityClassName(pool.priorityClassName())
                            // Pod Security "restricted": the image's own non-root user, the runtime's seccomp profile
                            .withNewSecurityContext()
                                .withRunAsNonRoot(true)
                                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                            .endSecurityContext()
                            .withContainers(container(launch, pool))
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }

    /** On the Job and on its pod, so that both can be selected by job and attempt. */
    static Map<String, String> labels(JobLaunch launch) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(TrainingJobLabels.MANAGED_BY, TrainingJobLabels.MANAGED_BY_MERIDIAN);
        labels.put(TrainingJobLabels.JOB_ID, launch.jobId().toString());
        labels.put(TrainingJobLabels.ATTEMPT, Integer.toString(launch.attempt()));
        labels.put(TrainingJobLabels.TENANT, launch.tenantId().toString());
        labels.put(TrainingJobLabels.POOL, launch.pool());
        return labels;
    }

    private static Container container(JobLaunch launch, KubernetesPoolSettings pool) {
        List<String> command = new ArrayList<>(pool.command());
        command.add("--job=" + launch.jobId());
        command.add("--attempt=" + launch.attempt());
        return new ContainerBuilder()
                .withName(TrainingJobLabels.CONTAINER)
                .withImage(pool.image())
                .withImagePullPolicy(pool.imagePullPolicy())
                .withCommand(command)
                .withEnv(new EnvVar(JOB_ID_ENV, launch.jobId().toString(), null),
                        new EnvVar(ATTEMPT_ENV, Integer.toString(launch.attempt()), null))
                .withEnvFrom(new EnvFromSourceBuilder()
                        .withNewSecretRef().withName(pool.credentialsSecret()).endSecretRef()
                        .build())
                .withResources(resources(launch, pool))
                .withNewSecurityContext()
                    .withAllowPrivilegeEscalation(false)
                    .withNewCapabilities().withDrop("ALL").endCapabilities()
                .endSecurityContext()
                // When the worker dies without writing /dev/termination-log, the log's tail becomes the
                // termination message, which is what a failed attempt then reports.
                .withTerminationMessagePolicy("FallbackToLogsOnError")
                .build();
    }

    private static ResourceRequirements resources(JobLaunch launch, KubernetesPoolSettings pool) {
        ContainerResources amounts = pool.resources();
        Map<String, Quantity> requests = new LinkedHashMap<>();
        Map<String, Quantity> limits = new LinkedHashMap<>();
        putIfSet(requests, "cpu", amounts.cpuRequest());
        putIfSet(requests, "memory", amounts.memoryRequest());
        putIfSet(limits, "cpu", amounts.cpuLimit());
        putIfSet(limits, "memory", amounts.memoryLimit());
        if (launch.gpus() > 0) {
            // Extended resources may not be overcommitted: request equals limit. Both are written so that
            // Kueue, which counts the template's requests, sees the GPUs without relying on defaulting.
            Quantity gpus = new Quantity(Integer.toString(launch.gpus()));
            requests.put(pool.gpuResource(), gpus);
            limits.put(pool.gpuResource(), gpus);
        }
        ResourceRequirements resources = new ResourceRequirements();
        resources.setRequests(requests);
        resources.setLimits(limits);
        return resources;
    }

    private static void putIfSet(Map<String, Quantity> amounts, String resource, String amount) {
        if (amount != null) {
            amounts.put(resource, new Quantity(amount));
        }
    }

    private static List<Toleration> tolerations(KubernetesPoolSettings pool) {
        return pool.tolerations().stream()
                .map(t -> new TolerationBuilder()
                        .withKey(t.key())
                        .withOperator(t.operator())
                        .withValue(t.value())
                        .withEffect(t.effect())
                        .build())
                .toList();
    }
}
