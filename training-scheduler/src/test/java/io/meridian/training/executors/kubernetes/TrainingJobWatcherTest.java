package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.meridian.training.executors.kubernetes.PoolFixtures.NAMESPACE;
import static io.meridian.training.executors.kubernetes.PoolFixtures.a100Pool;
import static io.meridian.training.executors.kubernetes.PoolFixtures.launch;
import static org.assertj.core.api.Assertions.assertThat;

/** Against fabric8's mock API server in CRUD mode: statuses are written the way the Job controller would. */
@EnableKubernetesMockClient(crud = true)
class TrainingJobWatcherTest {

    /** How long to wait for an event that must come, and for one that must not. */
    private static final long EVENT_MILLIS = 5_000;
    private static final long SILENCE_MILLIS = 300;

    static KubernetesClient client;
    static KubernetesMockServer server;

    private final RecordingListener events = new RecordingListener();
    private KubernetesJobLauncher launcher;
    private TrainingJobWatcher watcher;

    @BeforeEach
    void launcher() {
        server.reset();
        launcher = new KubernetesJobLauncher(client, Map.of("eu-west-a100", a100Pool(false)));
    }

    @AfterEach
    void stopWatching() throws InterruptedException {
        if (watcher != null) {
            // The mock server deadlocks for 30 s when a watch is closed while it still writes an event to
            // it (WatchEventsListener.onClosed waits on the event loop for a write that needs the event loop):
            // let the last writes land first.
            events.assertSilent();
            watcher.close();
        }
    }

    @Test
    void reportsStartedAndSucceededOnceEachAndNothingForTheCleanUp() throws InterruptedException {
        watch();
        UUID jobId = UUID.randomUUID();
        String name = launcher.launch(launch(jobId, 1, 2));

        setStatus(name, new JobStatusBuilder().withActive(1).build());
        assertThat(events.next()).isEqualTo("started " + jobId + "/1");

        setStatus(name, finished("Complete", null, null));
        assertThat(events.next()).isEqualTo("succeeded " + jobId + "/1");

        // A change that is no news (the Job controller rewriting the same state) says nothing.
        setStatus(name, finished("Complete", null, null));
        // A finished Job deleted by its TTL is clean-up, not a cancellation.
        client.batch().v1().jobs().inNamespace(NAMESPACE).withName(name).delete();
        events.assertSilent();
    }

    @Test
    void aFailedPodTellsWhyTheAttemptFailed() throws InterruptedException {
        watch();
        UUID jobId = UUID.randomUUID();
        String name = launcher.launch(launch(jobId, 1, 8));
        createTerminatedPod(jobId, 1, "OOMKilled", 137);

        setStatus(name, finished("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"));

        assertThat(events.next()).isEqualTo("failed " + jobId + "/1 OOMKilled: exit code 137");
    }

    @Test
    void aDeadlineIsReportedAsSuch() throws InterruptedException {
        watch();
        UUID jobId = UUID.randomUUID();
        String name = launcher.launch(launch(jobId, 2, 1));

        setStatus(name, finished("Failed", "DeadlineExceeded", "Job was active longer than specified deadline"));

        assertThat(events.next())
                .isEqualTo("failed " + jobId + "/2 DeadlineExceeded: Job was active longer than specified deadline");
    }

    @Test
    void aJobCancelledBeforeItFinishedIsReportedDeleted() throws InterruptedException {
        watch();
        UUID jobId = UUID.randomUUID();
        launcher.launch(launch(jobId, 1, 1));
        events.assertSilent();

        launcher.cancel(jobId);

        assertThat(events.next()).isEqualTo("deleted " + jobId + "/1");
    }

    @Test
    void aNewWatcherReportsWhatHappenedWhileNoneWasWatching() throws InterruptedException {
        UUID jobId = UUID.randomUUID();
        String name = launcher.launch(launch(jobId, 1, 1));
        setStatus(name, finished("Complete", null, null));

        watch();

        assertThat(events.next()).isEqualTo("succeeded " + jobId + "/1");
    }

    @Test
    void onlyThePlatformsJobsAreWatchedAndNothingAfterClose() throws InterruptedException {
        watch();
        Job foreign = TrainingJobManifest.of(launch(UUID.randomUUID(), 1, 1), a100Pool(false));
        foreign.getMetadata().setName("someone-elses-job");
        foreign.getMetadata().getLabels().put(TrainingJobLabels.MANAGED_BY, "helm");
        client.batch().v1().jobs().inNamespace(NAMESPACE).resource(foreign).create();
        setStatus("someone-elses-job", new JobStatusBuilder().withActive(1).build());
        events.assertSilent();

        watcher.close();
        UUID jobId = UUID.randomUUID();
        setStatus(launcher.launch(launch(jobId, 1, 1)), new JobStatusBuilder().withActive(1).build());
        events.assertSilent();
    }

    private void watch() {
        watcher = TrainingJobWatcher.start(client, List.of(NAMESPACE), events, Duration.ofMinutes(5));
    }

    /** As the Job controller does it: through the status subresource, on the latest version. */
    private static void setStatus(String name, JobStatus status) {
        Job job = client.batch().v1().jobs().inNamespace(NAMESPACE).withName(name).get();
        job.setStatus(status);
        client.batch().v1().jobs().inNamespace(NAMESPACE).resource(job).updateStatus();
    }

    private static JobStatus finished(String type, String reason, String message) {
        return new JobStatusBuilder().withActive(0)
                .withSucceeded("Complete".equals(type) ? 1 : 0).withFailed("Failed".equals(type) ? 1 : 0)
                .addToConditions(new JobConditionBuilder()
                        .withType(type).withStatus("True").withReason(reason).withMessage(message).build())
                .build();
    }

    private static void createTerminatedPod(UUID jobId, int attempt, String reason, int exitCode) {
        Pod pod = client.pods().inNamespace(NAMESPACE).resource(new PodBuilder()
                .withNewMetadata().withName(TrainingJobLabels.jobName(jobId, attempt) + "-q8v4t")
                .withLabels(TrainingJobManifest.labels(launch(jobId, attempt, 1))).endMetadata()
                .build()).create();
        pod.setStatus(new PodBuilder().withNewStatus().withPhase("Failed")
                .addToContainerStatuses(new ContainerStatusBuilder().withName(TrainingJobLabels.CONTAINER)
                        .withNewState().withNewTerminated().withReason(reason).withExitCode(exitCode)
                        .endTerminated().endState().build())
                .endStatus().build().getStatus());
        client.pods().inNamespace(NAMESPACE).resource(pod).updateStatus();
    }

    /** Each event as one line, in order. */
    private static final class RecordingListener implements TrainingJobListener {

        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void started(TrainingAttempt attempt) {
            events.add("started " + attempt.jobId() + "/" + attempt.attempt());
        }

        @Override
        public void succeeded(TrainingAttempt attempt) {
            events.add("succeeded " + attempt.jobId() + "/" + attempt.attempt());
        }

        @Override
        public void failed(TrainingAttempt attempt, TrainingFailure failure) {
            events.add("failed " + attempt.jobId() + "/" + attempt.attempt() + " " + failure.reason() + ": " + failure.message());
        }

        @Override
        public void deleted(TrainingAttempt attempt) {
            events.add("deleted " + attempt.jobId() + "/" + attempt.attempt());
        }

        String next() throws InterruptedException {
            String event = events.poll(EVENT_MILLIS, TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within %d ms", EVENT_MILLIS).isNotNull();
            return event;
        }

        void assertSilent() throws InterruptedException {
            assertThat(events.poll(SILENCE_MILLIS, TimeUnit.MILLISECONDS)).as("no event").isNull();
        }
    }
}
