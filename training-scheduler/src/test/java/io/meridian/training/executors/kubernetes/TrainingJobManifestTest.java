package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.meridian.training.executors.JobLaunch;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.meridian.training.executors.kubernetes.PoolFixtures.a100Pool;
import static io.meridian.training.executors.kubernetes.PoolFixtures.launch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingJobManifestTest {

    private static final UUID JOB = UUID.fromString("3f2a9c1e-8b7d-4e6f-a5c4-b3d2e1f0a9b8");

    @Test
    void namesTheJobAfterTheJobIdAndAttemptAndLabelsItWithTheFullIds() {
        Job job = TrainingJobManifest.of(launch(JOB, 3, 4), a100Pool(false));

        assertThat(job.getMetadata().getName()).isEqualTo("meridian-train-3f2a9c1e-3");
        assertThat(KubernetesNames.isDnsLabel(job.getMetadata().getName())).isTrue();
        assertThat(job.getMetadata().getNamespace()).isEqualTo(PoolFixtures.NAMESPACE);
        assertThat(job.getMetadata().getLabels())
                .containsEntry("meridian.io/job-id", JOB.toString())
                .containsEntry("meridian.io/attempt", "3")
                .containsEntry("meridian.io/tenant", "7b0c9a52-55c1-4f0e-9d2e-0a1b2c3d4e5f")
                .containsEntry("meridian.io/pool", "eu-west-a100")
                .containsEntry("app.kubernetes.io/managed-by", "meridian")
                .doesNotContainKey("kueue.x-k8s.io/queue-name");
        assertThat(job.getMetadata().getAnnotations())
                .containsEntry("meridian.io/tenant-slug", "acme")
                .containsEntry("meridian.io/trainer", "djl-mlp");
        // The pod carries the same labels: logs and failure reasons are found through them.
        assertThat(job.getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("meridian.io/job-id", JOB.toString())
                .containsEntry("meridian.io/attempt", "3");
    }

    @Test
    void theSameAttemptAlwaysGivesTheSameJob() {
        assertThat(TrainingJobManifest.of(launch(JOB, 1, 2), a100Pool(true)))
                .isEqualTo(TrainingJobManifest.of(launch(JOB, 1, 2), a100Pool(true)));
    }

    @Test
    void neverRetriesInsideKubernetesAndStopsAtTheDeadline() {
        Job job = TrainingJobManifest.of(launch(JOB, 1, 1), a100Pool(false));

        assertThat(job.getSpec().getBackoffLimit()).isZero();
        assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(12 * 3600L);
        assertThat(job.getSpec().getTtlSecondsAfterFinished()).isEqualTo(86_400);
        assertThat(job.getSpec().getSuspend()).isFalse();
    }

    @Test
    void meetsPodSecurityRestricted() {
        var pod = TrainingJobManifest.of(launch(JOB, 1, 1), a100Pool(false)).getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        var container = pod.getContainers().getFirst().getSecurityContext();
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
    }

    @Test
    void asksForTheLaunchsGpusOnThePoolsNodes() {
        PodSpec pod = TrainingJobManifest.of(launch(JOB, 1, 4), a100Pool(false)).getSpec().getTemplate().getSpec();
        Container trainer = pod.getContainers().getFirst();

        assertThat(trainer.getResources().getLimits())
                .containsEntry("nvidia.com/gpu", new Quantity("4"))
                .containsEntry("memory", new Quantity("64Gi"))
                .doesNotContainKey("cpu");
        assertThat(trainer.getResources().getRequests())
                .containsEntry("nvidia.com/gpu", new Quantity("4"))
                .containsEntry("cpu", new Quantity("8"));
        assertThat(pod.getNodeSelector()).containsExactlyEntriesOf(java.util.Map.of("meridian.io/gpu-pool", "eu-west-a100"));
        assertThat(pod.getTolerations()).singleElement().satisfies(t -> {
            assertThat(t.getKey()).isEqualTo("nvidia.com/gpu");
            assertThat(t.getOperator()).isEqualTo("Exists");
            assertThat(t.getEffect()).isEqualTo("NoSchedule");
        });
        assertThat(pod.getServiceAccountName()).isEqualTo("meridian-trainer");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void aCpuOnlyAttemptAsksForNoGpu() {
        Container trainer = TrainingJobManifest.of(launch(JOB, 1, 0), a100Pool(false))
                .getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(trainer.getResources().getLimits()).doesNotContainKey("nvidia.com/gpu");
        assertThat(trainer.getResources().getRequests()).doesNotContainKey("nvidia.com/gpu");
    }

    @Test
    void runsTheWorkerWithTheJobAndAttemptAndTheCredentialsByReference() {
        Container trainer = TrainingJobManifest.of(launch(JOB, 2, 1), a100Pool(false))
                .getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(trainer.getName()).isEqualTo("trainer");
        assertThat(trainer.getImage()).isEqualTo("registry.example.com/meridian/platform-api:1.4.2");
        assertThat(trainer.getCommand()).containsExactly(
                "java", "-jar", "/app/platform-api.jar", "train-worker", "--job=" + JOB, "--attempt=2");
        assertThat(trainer.getEnv()).extracting(e -> e.getName() + "=" + e.getValue())
                .containsExactly("MERIDIAN_JOB_ID=" + JOB, "MERIDIAN_JOB_ATTEMPT=2");
        assertThat(trainer.getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getSecretRef().getName()).isEqualTo("meridian-db-credentials"));
        assertThat(trainer.getTerminationMessagePolicy()).isEqualTo("FallbackToLogsOnError");
    }

    @Test
    void underKueueTheJobIsSuspendedInTheTenantsQueue() {
        Job job = TrainingJobManifest.of(launch(JOB, 1, 8), a100Pool(true));

        assertThat(job.getSpec().getSuspend()).isTrue();
        assertThat(job.getMetadata().getLabels()).containsEntry("kueue.x-k8s.io/queue-name", "meridian-acme");
    }

    @Test
    void refusesWhatTheApiServerWouldRefuse() {
        JobLaunch badSlug = new JobLaunch(JOB, UUID.randomUUID(), "Acme Corp", 1, "eu-west-a100", 1, "djl-mlp");
        JobLaunch badPool = new JobLaunch(JOB, UUID.randomUUID(), "acme", 1, "eu west/a100", 1, "djl-mlp");

        assertThatThrownBy(() -> TrainingJobManifest.of(badSlug, a100Pool(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Acme Corp");
        assertThatThrownBy(() -> TrainingJobManifest.of(badPool, a100Pool(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool");
        assertThatThrownBy(() -> TrainingJobManifest.of(launch(JOB, 0, 1), a100Pool(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt");
        assertThatThrownBy(() -> new ContainerResources("4 cores", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpuRequest");
    }
}
