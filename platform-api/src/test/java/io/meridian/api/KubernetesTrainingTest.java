package io.meridian.api;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.meridian.api.jobs.TrainingWorker;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.ConstantTrainer;
import io.meridian.api.support.ConstantTrainerCatalog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform driving the Kubernetes executor, against fabric8's mock API server in CRUD mode: a submitted job
 * becomes a batch/v1 Job, the pod's worker (run here in-process) trains it, a killed pod is retried and then
 * fails, and a cancel deletes the Job. The test plays the cluster: it writes the Jobs' statuses and pods as
 * the Job controller and the kubelet would.
 */
@MicronautTest
class KubernetesTrainingTest extends ApiTest {

    private static final String NAMESPACE = "meridian-training";
    private static final String POOL = "eu-west-gpu";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    ApplicationContext context;

    private KubernetesMockServer cluster;
    private KubernetesClient kubectl;
    private String slug;
    private String scientist;
    private String datasetId;

    @Override
    @SuppressWarnings("deprecation") // Serialization.jsonMapper(): how fabric8's own mock extension builds the server
    public Map<String, String> getProperties() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        cluster = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        cluster.init();
        kubectl = cluster.createClient();

        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(ConstantTrainerCatalog.PROPERTY, "true");
        properties.put("meridian.training.admission-interval", "200ms");
        properties.put("meridian.training.poll", "200ms");
        properties.put("meridian.training.heartbeat", "300ms");
        properties.put("meridian.training.kubernetes.master-url", cluster.url("/"));
        String pool = "meridian.training.pools." + POOL + ".";
        properties.put(pool + "region", "eu-west");
        properties.put(pool + "gpu-type", "a100");
        properties.put(pool + "gpus", "8");
        properties.put(pool + "slots", "4");
        properties.put(pool + "executor", "kubernetes");
        properties.put(pool + "kubernetes.namespace", NAMESPACE);
        properties.put(pool + "kubernetes.image", "registry.example.com/meridian/platform-api:test");
        properties.put(pool + "kubernetes.command", "java,-jar,/app/platform-api.jar,train-worker");
        properties.put(pool + "kubernetes.service-account", "meridian-trainer");
        properties.put(pool + "kubernetes.node-selector.meridian.io/gpu-pool", "eu-west-a100");
        properties.put(pool + "kubernetes.tolerations", "nvidia.com/gpu:NoSchedule");
        properties.put(pool + "kubernetes.cpu-request", "4");
        properties.put(pool + "kubernetes.memory-request", "32Gi");
        properties.put(pool + "kubernetes.memory-limit", "32Gi");
        properties.put(pool + "kubernetes.secret", "meridian-db-credentials");
        properties.put(pool + "kubernetes.active-deadline", "12h");
        properties.put(pool + "kubernetes.ttl-after-finished", "24h");
        properties.put(pool + "kubernetes.kueue", "true");
        properties.put(pool + "kubernetes.priority-class", "meridian-training");
        return properties;
    }

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("kube");
        String admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        Api.Response dataset = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"blobs\",\"region\":\"eu-west\",\"labelColumn\":\"label\"}"), "file",
                TrainingJobApiTest.blobs(60, 3).getBytes(StandardCharsets.UTF_8));
        assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
        datasetId = dataset.string("id");
    }

    @AfterAll
    void stopCluster() {
        kubectl.close();
        cluster.destroy();
    }

    @Test
    void aSubmittedJobBecomesAKubernetesJobWhosePodTrainsIt() throws Exception {
        String id = submit("kube-blobs", 2, 1);

        Job job = awaitKubernetesJob(id, 1);
        Map<String, String> labels = job.getMetadata().getLabels();
        assertThat(labels).containsEntry("app.kubernetes.io/managed-by", "meridian").containsEntry("meridian.io/job-id", id)
                .containsEntry("meridian.io/attempt", "1").containsEntry("meridian.io/pool", POOL)
                .containsEntry("kueue.x-k8s.io/queue-name", "meridian-" + slug);
        assertThat(job.getSpec().getSuspend()).as("Kueue unsuspends it").isTrue();
        var pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getNodeSelector()).isEqualTo(Map.of("meridian.io/gpu-pool", "eu-west-a100"));
        assertThat(pod.getTolerations()).singleElement().satisfies(toleration -> {
            assertThat(toleration.getKey()).isEqualTo("nvidia.com/gpu");
            assertThat(toleration.getOperator()).isEqualTo("Exists");
            assertThat(toleration.getEffect()).isEqualTo("NoSchedule");
        });
        assertThat(pod.getServiceAccountName()).isEqualTo("meridian-trainer");
        assertThat(pod.getPriorityClassName()).isEqualTo("meridian-training");
        var container = pod.getContainers().getFirst();
        assertThat(container.getCommand()).containsExactly("java", "-jar", "/app/platform-api.jar", "train-worker",
                "--job=" + id, "--attempt=1");
        assertThat(container.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("2"))
                .containsEntry("memory", new Quantity("32Gi"));
        assertThat(container.getResources().getRequests()).containsEntry("cpu", new Quantity("4"));
        assertThat(container.getEnvFrom().getFirst().getSecretRef().getName()).isEqualTo("meridian-db-credentials");

        Api.Response running = api.get("/api/v1/jobs/" + id, As.bearer(scientist));
        assertThat(running.get("state")).isEqualTo("RUNNING");
        assertThat(events(id)).extracting(event -> event.get("state") + ":" + event.get("detail"))
                .contains("RUNNING:k8s:" + id + "/1");

        // the pod's entry point, in this JVM: the same database, no cluster needed
        TrainingWorker worker = context.getBean(TrainingWorker.class);
        assertThat(worker.run(UUID.fromString(id), 2)).as("another attempt is not this pod's").isEqualTo(TrainingWorker.EXIT_NOT_OURS);
        assertThat(worker.run(UUID.fromString(id), 1)).isEqualTo(TrainingWorker.EXIT_DONE);

        Api.Response done = api.get("/api/v1/jobs/" + id, As.bearer(scientist));
        assertThat(done.get("state")).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("modelVersion")).isEqualTo(1);
        assertThat(done.get("region")).isEqualTo("eu-west");
        assertThat(api.get("/api/v1/models/kube-blobs/versions/1", As.bearer(scientist)).status()).isEqualTo(200);
        assertThat(worker.run(UUID.fromString(id), 1)).as("a finished attempt is not run twice").isEqualTo(TrainingWorker.EXIT_NOT_OURS);

        // the Job completes; its pod's log is kept before the TTL takes the pod
        Pod trainer = createPod(job, null, 0);
        expectLog(trainer, "JVM started\nregistered kube-blobs@1\n");
        setStatus(job, finished("Complete", null, null));
        await(() -> logs(id), log -> log.contains("JVM started"), "the pod's log in the job's log");
        assertThat(api.get("/api/v1/jobs/" + id, As.bearer(scientist)).get("state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void aPodKilledForMemoryIsRetriedAndTheLastAttemptFails() throws Exception {
        String id = submit("oom-blobs", 1, 2);

        Job first = awaitKubernetesJob(id, 1);
        Pod pod = createPod(first, "OOMKilled", 137);
        expectLog(pod, "epoch 1\njava.lang.OutOfMemoryError: Java heap space\n");
        setStatus(first, finished("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"));

        // requeued with the reason, admitted again and launched as attempt 2
        Job second = awaitKubernetesJob(id, 2);
        assertThat(events(id)).extracting(event -> event.get("state") + ":" + event.get("reason") + ":" + event.get("detail"))
                .contains("QUEUED:pod-failed:OOMKilled: exit code 137");
        assertThat(logs(id)).contains("java.lang.OutOfMemoryError: Java heap space");

        setStatus(second, finished("Failed", "DeadlineExceeded", "Job was active longer than specified deadline"));
        Api.Response failed = await(() -> api.get("/api/v1/jobs/" + id, As.bearer(scientist)),
                job -> "FAILED".equals(job.get("state")), "the job FAILED");
        assertThat(failed.get("reason")).isEqualTo("pod-failed");
        assertThat(failed.string("detail")).isEqualTo("DeadlineExceeded: Job was active longer than specified deadline");
        assertThat(failed.get("attempt")).isEqualTo(2);
        assertThat(failed.get("modelVersion")).isNull();
    }

    @Test
    void cancellingARunningJobDeletesItsKubernetesJobAndEndsItCancelled() throws Exception {
        String id = submit("cancelled-blobs", 1, 3);
        awaitKubernetesJob(id, 1);

        Api.Response cancelling = api.post("/api/v1/jobs/" + id + "/cancel", As.bearer(scientist), "");
        assertThat(cancelling.status()).as(cancelling.toString()).isEqualTo(200);

        assertThat(jobsOf(id)).as("the Kubernetes Job is deleted").isEmpty();
        // the watcher's report, not the reaper: the start lease (15 minutes) has long to run
        Api.Response cancelled = await(() -> api.get("/api/v1/jobs/" + id, As.bearer(scientist)),
                job -> "CANCELLED".equals(job.get("state")), "the job CANCELLED");
        assertThat(cancelled.get("reason")).isEqualTo("cancelled");
        assertThat(events(id)).last().satisfies(event -> assertThat(event.get("actor")).isEqualTo("system:kubernetes"));
    }

    private String submit(String model, int gpus, int maxAttempts) {
        Api.Response submitted = api.post("/api/v1/jobs", As.bearer(scientist), """
                {"model":"%s","dataset":"%s","trainer":"%s","gpus":%d,"maxAttempts":%d}"""
                .formatted(model, datasetId, ConstantTrainer.NAME, gpus, maxAttempts));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.get("allowedPools")).isEqualTo(List.of(POOL));
        return submitted.string("id");
    }

    private List<Job> jobsOf(String id) {
        return kubectl.batch().v1().jobs().inNamespace(NAMESPACE).withLabel("meridian.io/job-id", id).list().getItems();
    }

    private Job awaitKubernetesJob(String id, int attempt) throws InterruptedException {
        return await(() -> jobsOf(id).stream()
                        .filter(job -> String.valueOf(attempt).equals(job.getMetadata().getLabels().get("meridian.io/attempt")))
                        .findFirst().orElse(null),
                job -> job != null, "the Kubernetes Job of attempt " + attempt);
    }

    private List<Map<String, Object>> events(String id) {
        return api.get("/api/v1/jobs/" + id + "/events", As.bearer(scientist)).list();
    }

    private String logs(String id) {
        return api.get("/api/v1/jobs/" + id + "/logs?limit=1000", As.bearer(scientist)).body();
    }

    /** The attempt's pod as the Job controller creates it, ended as the kubelet reports it (null: still running). */
    private Pod createPod(Job job, String terminationReason, int exitCode) {
        Pod pod = kubectl.pods().inNamespace(NAMESPACE).resource(new PodBuilder()
                .withNewMetadata().withName(job.getMetadata().getName() + "-x7k2p")
                .withLabels(job.getSpec().getTemplate().getMetadata().getLabels()).endMetadata()
                .build()).create();
        if (terminationReason != null) {
            pod.setStatus(new PodBuilder().withNewStatus().withPhase("Failed")
                    .addToContainerStatuses(new ContainerStatusBuilder().withName("trainer")
                            .withNewState().withNewTerminated().withReason(terminationReason).withExitCode(exitCode)
                            .endTerminated().endState().build())
                    .endStatus().build().getStatus());
            pod = kubectl.pods().inNamespace(NAMESPACE).resource(pod).updateStatus();
        }
        return pod;
    }

    /** CRUD mode serves no logs: the log request is answered by an expectation. */
    private void expectLog(Pod pod, String log) {
        cluster.expect().get()
                .withPath("/api/v1/namespaces/" + NAMESPACE + "/pods/" + pod.getMetadata().getName()
                        + "/log?pretty=false&container=trainer&tailLines=20000")
                .andReturn(200, log).always();
    }

    /** As the Job controller does it: through the status subresource, on the latest version. */
    private void setStatus(Job job, JobStatus status) {
        Job latest = kubectl.batch().v1().jobs().inNamespace(NAMESPACE).withName(job.getMetadata().getName()).get();
        latest.setStatus(status);
        kubectl.batch().v1().jobs().inNamespace(NAMESPACE).resource(latest).updateStatus();
    }

    private static JobStatus finished(String type, String reason, String message) {
        return new JobStatusBuilder().withActive(0)
                .withSucceeded("Complete".equals(type) ? 1 : 0).withFailed("Failed".equals(type) ? 1 : 0)
                .addToConditions(new JobConditionBuilder().withType(type).withStatus("True").withReason(reason).withMessage(message).build())
                .build();
    }

    private static <T> T await(Supplier<T> read, Predicate<T> done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            value = read.get();
        }
        assertThat(done.test(value)).as("%s within %s; last seen: %s", what, WAIT, value).isTrue();
        return value;
    }
}
