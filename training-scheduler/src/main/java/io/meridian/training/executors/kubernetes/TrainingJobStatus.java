package io.meridian.training.executors.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads a Job (and, for a failure, its pod) as the platform sees it. Pure: no client, no clock. */
public final class TrainingJobStatus {

    /** Job reasons that only say "the pod failed": the pod then knows better (OOMKilled, Error, Evicted). */
    private static final Set<String> POD_FAILED_REASONS = Set.of("BackoffLimitExceeded", "PodFailurePolicy");
    /** The kubelet keeps termination messages to 4 KiB; the same bound holds for whatever we pass on. */
    private static final int MAX_MESSAGE = 4096;

    private TrainingJobStatus() {
    }

    /** The attempt a Job runs, or empty for a Job with the managed-by label but without (valid) platform labels. */
    public static Optional<TrainingAttempt> attemptOf(Job job) {
        Map<String, String> labels = job.getMetadata() == null ? null : job.getMetadata().getLabels();
        if (labels == null) {
            return Optional.empty();
        }
        try {
            UUID jobId = UUID.fromString(labels.get(TrainingJobLabels.JOB_ID));
            int attempt = Integer.parseInt(labels.get(TrainingJobLabels.ATTEMPT));
            return Optional.of(new TrainingAttempt(jobId, attempt));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Finished only on the terminal conditions {@code Complete} and {@code Failed}, which the Job controller
     * sets once the pod is gone; {@code SuccessCriteriaMet} and {@code FailureTarget} come earlier, while it
     * may still hold its GPUs.
     */
    public static TrainingJobPhase phaseOf(Job job) {
        if (hasCondition(job, "Complete")) {
            return TrainingJobPhase.SUCCEEDED;
        }
        if (hasCondition(job, "Failed")) {
            return TrainingJobPhase.FAILED;
        }
        JobStatus status = job.getStatus();
        boolean suspended = Boolean.TRUE.equals(job.getSpec() == null ? null : job.getSpec().getSuspend());
        if (!suspended && status != null && status.getActive() != null && status.getActive() > 0) {
            return TrainingJobPhase.RUNNING;
        }
        return TrainingJobPhase.WAITING;
    }

    /**
     * Why a failed Job failed. The Job's own reason wins when it is about the Job (DeadlineExceeded); when it
     * only says that the pod failed, the training container's termination (OOMKilled, the worker's message,
     * the exit code) or the pod's reason (Evicted) says more.
     *
     * @param pod the attempt's pod, or null when it is gone already
     */
    public static TrainingFailure failureOf(Job job, Pod pod) {
        JobCondition failed = condition(job, "Failed").orElse(null);
        String jobReason = failed == null || isBlank(failed.getReason()) ? "Failed" : failed.getReason();
        String jobMessage = failed == null || failed.getMessage() == null ? "" : failed.getMessage();
        if (pod != null && (POD_FAILED_REASONS.contains(jobReason) || failed == null)) {
            Optional<ContainerStateTerminated> terminated = trainerTermination(pod);
            if (terminated.isPresent()) {
                return fromTermination(terminated.get());
            }
            if (pod.getStatus() != null && !isBlank(pod.getStatus().getReason())) {
                return new TrainingFailure(pod.getStatus().getReason(), bounded(pod.getStatus().getMessage()));
            }
        }
        return new TrainingFailure(jobReason, bounded(jobMessage));
    }

    private static TrainingFailure fromTermination(ContainerStateTerminated terminated) {
        String reason = isBlank(terminated.getReason()) ? "Error" : terminated.getReason();
        String exit = terminated.getExitCode() == null ? "" : "exit code " + terminated.getExitCode();
        String message = terminated.getMessage() == null ? "" : terminated.getMessage().strip();
        String joined = exit.isEmpty() ? message : message.isEmpty() ? exit : exit + ": " + message;
        return new TrainingFailure(reason, bounded(joined));
    }

    private static Optional<ContainerStateTerminated> trainerTermination(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
            if (TrainingJobLabels.CONTAINER.equals(container.getName())) {
                return terminated(container.getState()).or(() -> terminated(container.getLastState()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ContainerStateTerminated> terminated(ContainerState state) {
        return state == null ? Optional.empty() : Optional.ofNullable(state.getTerminated());
    }

    private static boolean hasCondition(Job job, String type) {
        return condition(job, type).isPresent();
    }

    private static Optional<JobCondition> condition(Job job, String type) {
        if (job.getStatus() == null || job.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return job.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType()) && "True".equals(c.getStatus()))
                .findFirst();
    }

    private static String bounded(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(message.length() - MAX_MESSAGE);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
