package io.meridian.api.jobs;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One attempt running in this process, and why it should stop, if it should: the trainer polls
 * {@link #stopRequested()} between epochs and batches.
 */
final class RunningAttempt {

    enum Stop {
        /** Its owner cancelled the job. */
        CANCELLED,
        /** The lease went to someone else (reaped after a long pause): the attempt is no longer ours to finish. */
        LEASE_LOST,
        /** This process is shutting down: the job goes back to the queue. */
        SHUTDOWN
    }

    private final StoredJob job;
    private final AtomicReference<Stop> stop = new AtomicReference<>();

    RunningAttempt(StoredJob job) {
        this.job = job;
    }

    StoredJob job() {
        return job;
    }

    void stop(Stop why) {
        stop.compareAndSet(null, why);
    }

    boolean stopRequested() {
        return stop.get() != null;
    }

    Stop stopReason() {
        return stop.get();
    }
}
