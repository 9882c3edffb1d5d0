package io.meridian.training.executors.kubernetes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the attempts admitted onto one GPU pool of kind {@code kubernetes} run as batch/v1 Jobs.
 *
 * @param namespace         where the Jobs are created (and watched)
 * @param image             the platform's own image; the pod runs it as a training worker
 * @param imagePullPolicy   {@code Always}, {@code IfNotPresent} (the default when null) or {@code Never}
 * @param command           the worker's command, e.g. {@code java -jar /app/platform-api.jar train-worker};
 *                          {@code --job=<uuid> --attempt=<n>} are appended
 * @param serviceAccount    the pod's service account (e.g. one bound to cloud storage), or null for the default
 * @param nodeSelector      labels of the pool's nodes
 * @param tolerations       taints of the pool's nodes that the pod tolerates
 * @param gpuResource       the extended resource that counts GPUs; {@code nvidia.com/gpu} when null
 * @param resources         CPU and memory of the training container
 * @param credentialsSecret a Secret in the namespace whose keys become the worker's environment (database
 *                          credentials); referenced by name, never copied into the Job
 * @param activeDeadline    how long an attempt may run before Kubernetes stops it ({@code DeadlineExceeded})
 * @param ttlAfterFinished  how long a finished Job (and its pod, with the log) is kept
 * @param kueueManaged      Kueue admits the Jobs: they are created suspended with the tenant's queue label
 * @param priorityClassName the pods' PriorityClass, or null
 */
public record KubernetesPoolSettings(
        String namespace,
        String image,
        String imagePullPolicy,
        List<String> command,
        String serviceAccount,
        Map<String, String> nodeSelector,
        List<PoolToleration> tolerations,
        String gpuResource,
        ContainerResources resources,
        String credentialsSecret,
        Duration activeDeadline,
        Duration ttlAfterFinished,
        boolean kueueManaged,
        String priorityClassName) {

    public static final String DEFAULT_GPU_RESOURCE = "nvidia.com/gpu";
    private static final Set<String> PULL_POLICIES = Set.of("Always", "IfNotPresent", "Never");

    public KubernetesPoolSettings {
        requireDnsLabel("namespace", namespace);
        requireText("image", image);
        imagePullPolicy = imagePullPolicy == null ? "IfNotPresent" : imagePullPolicy;
        if (!PULL_POLICIES.contains(imagePullPolicy)) {
            throw new IllegalArgumentException("imagePullPolicy must be one of " + PULL_POLICIES + ": " + imagePullPolicy);
        }
        command = List.copyOf(Objects.requireNonNull(command, "command"));
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must name the training worker's entry point");
        }
        if (serviceAccount != null) {
            KubernetesNames.requireDnsSubdomain("serviceAccount", serviceAccount);
        }
        nodeSelector = nodeSelector == null ? Map.of() : Map.copyOf(nodeSelector);
        tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
        gpuResource = gpuResource == null ? DEFAULT_GPU_RESOURCE : gpuResource;
        resources = resources == null ? ContainerResources.none() : resources;
        KubernetesNames.requireDnsSubdomain("credentialsSecret", credentialsSecret);
        requirePositive("activeDeadline", activeDeadline);
        requirePositive("ttlAfterFinished", ttlAfterFinished);
        if (priorityClassName != null) {
            KubernetesNames.requireDnsSubdomain("priorityClassName", priorityClassName);
        }
    }

    private static void requireDnsLabel(String field, String value) {
        requireText(field, value);
        KubernetesNames.requireDnsLabel(field, value);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static void requirePositive(String field, Duration duration) {
        // Required on purpose: without a deadline a hung attempt holds its GPUs forever, and without a TTL
        // finished Jobs pile up in the namespace.
        if (duration == null || duration.toSeconds() < 1) {
            throw new IllegalArgumentException(field + " must be at least one second: " + duration);
        }
    }
}
