package io.meridian.training.executors.kubernetes;

/**
 * What the watcher reports about the platform's Jobs. Each event comes at most once per Job while one watcher
 * runs; a new watcher (another replica, a restart) reports the current state of every Job again, so a listener
 * must treat a repeated event as a no-op. Called on the informer's thread: hand slow work off.
 */
public interface TrainingJobListener {

    /** The attempt's pod exists and the Job is active (Kueue, if it manages the pool, has admitted it). */
    void started(TrainingAttempt attempt);

    void succeeded(TrainingAttempt attempt);

    void failed(TrainingAttempt attempt, TrainingFailure failure);

    /** The Job went away before it finished: cancelled, or deleted by someone else. Not sent for TTL clean-up. */
    void deleted(TrainingAttempt attempt);
}
