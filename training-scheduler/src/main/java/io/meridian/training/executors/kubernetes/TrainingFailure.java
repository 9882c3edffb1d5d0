package io.meridian.training.executors.kubernetes;

/**
 * Why an attempt failed, as Kubernetes tells it.
 *
 * @param reason  a short machine-readable word: {@code DeadlineExceeded}, {@code OOMKilled}, {@code Error},
 *                {@code Evicted}, {@code BackoffLimitExceeded}, ...
 * @param message what the Job condition, the pod or the worker's termination message said; may be empty
 */
public record TrainingFailure(String reason, String message) {
}
