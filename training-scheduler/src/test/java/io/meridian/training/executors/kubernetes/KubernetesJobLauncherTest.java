package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.meridian.training.executors.kubernetes.PoolFixtures.NAMESPACE;
import static io.meridian.training.executors.kubernetes.PoolFixtures.a100Pool;
import static io.meridian.training.executors.kubernetes.PoolFixtures.launch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against fabric8's mock API server in CRUD mode; pod logs come from an expectation, which CRUD mode lacks. */
@EnableKubernetesMockClient(crud = true)
class KubernetesJobLauncherTest {

    static KubernetesClient client;
    static KubernetesMockServer server;

    private KubernetesJobLauncher launcher;

    @BeforeEach
    void launcher() {
        server.reset();
        launcher = new KubernetesJobLauncher(client, Map.of("eu-west-a100", a100Pool(true)));
    }

    @Test
    void launchCreatesOneJobAndARetriedLaunchFindsIt() {
        UUID jobId = UUID.randomUUID();

        String name = launcher.launch(launch(jobId, 1, 4));
        String again = launcher.launch(launch(jobId, 1, 4));

        assertThat(again).isEqualTo(name);
        List<Job> jobs = jobs();
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.getMetadata().getName()).isEqualTo(name);
            assertThat(job.getMetadata().getLabels()).containsEntry("meridian.io/job-id", jobId.toString());
            assertThat(job.getSpec().getSuspend()).isTrue();
        });
    }

    @Test
    void eachAttemptIsItsOwnJob() {
        UUID jobId = UUID.randomUUID();

        launcher.launch(launch(jobId, 1, 1));
        launcher.launch(launch(jobId, 2, 1));

        assertThat(jobs()).extracting(job -> job.getMetadata().getName()).containsExactlyInAnyOrder(
                TrainingJobLabels.jobName(jobId, 1), TrainingJobLabels.jobName(jobId, 2));
    }

    @Test
    void aJobWhoseNameCollidesWithAnotherTrainingJobIsNotTakenForOurs() {
        UUID first = UUID.fromString("abcdef01-0000-4000-8000-000000000001");
        UUID sameFirstEightHex = UUID.fromString("abcdef01-0000-4000-8000-000000000002");
        launcher.launch(launch(first, 1, 1));

        assertThatThrownBy(() -> launcher.launch(launch(sameFirstEightHex, 1, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.toString());
    }

    @Test
    void cancelDeletesEveryAttemptOfThatJobAndNoOtherJob() throws InterruptedException {
        UUID cancelled = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        launcher.launch(launch(cancelled, 1, 1));
        launcher.launch(launch(cancelled, 2, 1));
        launcher.launch(launch(other, 1, 1));

        assertThat(launcher.cancel(cancelled)).isTrue();

        // Background propagation takes the pods along; the mock has none, so the request says it.
        RecordedRequest delete = server.getLastRequest();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getBody().readUtf8()).contains("\"propagationPolicy\":\"Background\"");
        assertThat(jobs()).extracting(job -> job.getMetadata().getLabels().get("meridian.io/job-id"))
                .containsExactly(other.toString());
        assertThat(launcher.cancel(cancelled)).isFalse();
    }

    @Test
    void logsAreEmptyWhileThereIsNoPod() {
        assertThat(launcher.logs(UUID.randomUUID(), 1)).isEmpty();
    }

    @Test
    void logsAreTheTrainingContainersLog() {
        UUID jobId = UUID.randomUUID();
        Pod pod = client.pods().inNamespace(NAMESPACE).resource(new PodBuilder()
                .withNewMetadata().withName(TrainingJobLabels.jobName(jobId, 1) + "-x7k2p")
                .withLabels(TrainingJobManifest.labels(launch(jobId, 1, 1))).endMetadata()
                .build()).create();
        server.expect().get()
                .withPath("/api/v1/namespaces/" + NAMESPACE + "/pods/" + pod.getMetadata().getName()
                        + "/log?pretty=false&container=trainer&tailLines=20000")
                .andReturn(200, "epoch 1 loss 0.91\nepoch 2 loss 0.42\n").once();

        assertThat(launcher.logs(jobId, 1)).isEqualTo("epoch 1 loss 0.91\nepoch 2 loss 0.42\n");
        assertThat(launcher.logs(jobId, 2)).isEmpty();
    }

    private static List<Job> jobs() {
        return client.batch().v1().jobs().inNamespace(NAMESPACE).list().getItems();
    }
}
