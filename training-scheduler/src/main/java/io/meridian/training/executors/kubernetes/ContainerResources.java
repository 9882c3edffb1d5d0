package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;

/**
 * CPU and memory for the training container, as Kubernetes quantities ({@code "4"}, {@code "500m"},
 * {@code "32Gi"}). A null one is left out: a CPU limit is often omitted on purpose, so that the data loader
 * is not throttled while the GPU waits.
 */
public record ContainerResources(String cpuRequest, String cpuLimit, String memoryRequest, String memoryLimit) {

    public ContainerResources {
        requireQuantity("cpuRequest", cpuRequest);
        requireQuantity("cpuLimit", cpuLimit);
        requireQuantity("memoryRequest", memoryRequest);
        requireQuantity("memoryLimit", memoryLimit);
    }

    /** Nothing requested: the namespace's LimitRange defaults, if any, apply. */
    public static ContainerResources none() {
        return new ContainerResources(null, null, null, null);
    }

    private static void requireQuantity(String field, String amount) {
        if (amount == null) {
            return;
        }
        try {
            // Parsing to a number is what rejects "4 cores" or "lots"; the API server would refuse them later.
            Quantity.getAmountInBytes(Quantity.parse(amount));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " is not a Kubernetes quantity: " + amount, e);
        }
    }
}
