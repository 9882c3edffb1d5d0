package io.meridian.training.executors.kubernetes;

import java.util.UUID;

/** Which attempt of which training job a Kubernetes Job runs, as read back from its labels. */
public record TrainingAttempt(UUID jobId, int attempt) {
}
