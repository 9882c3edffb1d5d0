package io.meridian.training.jobs;

/** Where a training job is in its life; the last three are final. */
public enum JobState {
    QUEUED,
    ADMITTED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
