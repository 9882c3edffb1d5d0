package io.meridian.training.executors.kubernetes;

/** Where a training Job stands, as far as the platform cares. */
public enum TrainingJobPhase {
    /** Created but no pod yet: suspended until Kueue admits it, or waiting for the Job controller. */
    WAITING,
    /** A pod exists for it (scheduled or pulling the image counts: the worker's heartbeats say when it trains). */
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
