package io.meridian.training.executors.kubernetes;

import io.meridian.training.executors.JobLaunch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Pools and launches as the tests need them. */
final class PoolFixtures {

    static final String NAMESPACE = "meridian-training";

    private PoolFixtures() {
    }

    static KubernetesPoolSettings a100Pool(boolean kueue) {
        return new KubernetesPoolSettings(
                NAMESPACE,
                "registry.example.com/meridian/platform-api:1.4.2",
                "IfNotPresent",
                List.of("java", "-jar", "/app/platform-api.jar", "train-worker"),
                "meridian-trainer",
                Map.of("meridian.io/gpu-pool", "eu-west-a100"),
                List.of(PoolToleration.exists("nvidia.com/gpu", "NoSchedule")),
                null,
                new ContainerResources("8", null, "64Gi", "64Gi"),
                "meridian-db-credentials",
                Duration.ofHours(12),
                Duration.ofDays(1),
                kueue,
                null);
    }

    static JobLaunch launch(UUID jobId, int attempt, int gpus) {
        return new JobLaunch(jobId, UUID.fromString("7b0c9a52-55c1-4f0e-9d2e-0a1b2c3d4e5f"), "acme", attempt,
                "eu-west-a100", gpus, "djl-mlp");
    }
}
