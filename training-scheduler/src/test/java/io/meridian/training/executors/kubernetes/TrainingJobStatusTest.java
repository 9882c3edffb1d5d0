package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.meridian.training.executors.kubernetes.PoolFixtures.a100Pool;
import static io.meridian.training.executors.kubernetes.PoolFixtures.launch;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingJobStatusTest {

    private static final UUID JOB = UUID.fromString("3f2a9c1e-8b7d-4e6f-a5c4-b3d2e1f0a9b8");

    @Test
    void readsTheAttemptFromTheLabels() {
        assertThat(TrainingJobStatus.attemptOf(job(false, null))).contains(new TrainingAttempt(JOB, 2));
        Job foreign = new JobBuilder().withNewMetadata().withName("x").addToLabels("meridian.io/job-id", "nope").endMetadata().build();
        assertThat(TrainingJobStatus.attemptOf(foreign)).isEmpty();
    }

    @Test
    void aJobWithoutPodsIsWaitingAndSoIsASuspendedOne() {
        assertThat(TrainingJobStatus.phaseOf(job(false, null))).isEqualTo(TrainingJobPhase.WAITING);
        assertThat(TrainingJobStatus.phaseOf(job(true, new JobStatusBuilder().withActive(1).build())))
                .isEqualTo(TrainingJobPhase.WAITING);
    }

    @Test
    void anActiveJobIsRunning() {
        assertThat(TrainingJobStatus.phaseOf(job(false, new JobStatusBuilder().withActive(1).build())))
                .isEqualTo(TrainingJobPhase.RUNNING);
    }

    @Test
    void finishesOnlyOnTheTerminalConditions() {
        assertThat(TrainingJobStatus.phaseOf(job(false, withCondition("Complete", null, null))))
                .isEqualTo(TrainingJobPhase.SUCCEEDED);
        assertThat(TrainingJobStatus.phaseOf(job(false, withCondition("Failed", "DeadlineExceeded", "too long"))))
                .isEqualTo(TrainingJobPhase.FAILED);
        // While the pod still terminates, the Job only has FailureTarget: still holding the GPUs.
        JobStatus failing = withCondition("FailureTarget", "BackoffLimitExceeded", null);
        failing.setActive(1);
        assertThat(TrainingJobStatus.phaseOf(job(false, failing))).isEqualTo(TrainingJobPhase.RUNNING);
    }

    @Test
    void aDeadlineIsTheJobsOwnReasonWhateverThePodSays() {
        Job job = job(false, withCondition("Failed", "DeadlineExceeded", "Job was active longer than specified deadline"));

        assertThat(TrainingJobStatus.failureOf(job, terminatedPod("Error", 143, null)))
                .isEqualTo(new TrainingFailure("DeadlineExceeded", "Job was active longer than specified deadline"));
    }

    @Test
    void whenThePodFailedThePodSaysWhy() {
        Job job = job(false, withCondition("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"));

        assertThat(TrainingJobStatus.failureOf(job, terminatedPod("OOMKilled", 137, null)))
                .isEqualTo(new TrainingFailure("OOMKilled", "exit code 137"));
        assertThat(TrainingJobStatus.failureOf(job, terminatedPod("Error", 1, "dataset 42 not found\n")))
                .isEqualTo(new TrainingFailure("Error", "exit code 1: dataset 42 not found"));
        Pod evicted = new PodBuilder().withNewStatus().withReason("Evicted")
                .withMessage("The node was low on resource: ephemeral-storage.").endStatus().build();
        assertThat(TrainingJobStatus.failureOf(job, evicted))
                .isEqualTo(new TrainingFailure("Evicted", "The node was low on resource: ephemeral-storage."));
    }

    @Test
    void withoutThePodTheJobsReasonIsAllThereIs() {
        Job job = job(false, withCondition("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"));

        assertThat(TrainingJobStatus.failureOf(job, null))
                .isEqualTo(new TrainingFailure("BackoffLimitExceeded", "Job has reached the specified backoff limit"));
    }

    @Test
    void aHugeTerminationMessageKeepsItsEnd() {
        Job job = job(false, withCondition("Failed", "BackoffLimitExceeded", null));
        String log = "x".repeat(10_000) + "the end";

        TrainingFailure failure = TrainingJobStatus.failureOf(job, terminatedPod("Error", 1, log));

        assertThat(failure.message()).hasSize(4096).endsWith("the end");
    }

    private static Job job(boolean suspended, JobStatus status) {
        Job job = TrainingJobManifest.of(launch(JOB, 2, 1), a100Pool(suspended));
        job.setStatus(status);
        return job;
    }

    private static JobStatus withCondition(String type, String reason, String message) {
        return new JobStatusBuilder().addToConditions(new JobConditionBuilder()
                .withType(type).withStatus("True").withReason(reason).withMessage(message).build()).build();
    }

    private static Pod terminatedPod(String reason, int exitCode, String message) {
        return new PodBuilder().withNewStatus().withPhase("Failed")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("trainer")
                        .withNewState().withNewTerminated().withReason(reason).withExitCode(exitCode)
                        .withMessage(message).endTerminated().endState().build())
                .endStatus().build();
    }
}
