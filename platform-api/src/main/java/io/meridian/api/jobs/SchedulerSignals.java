package io.meridian.api.jobs;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Nudges between the parts of the scheduler in this process, so that a submission is admitted and
 * an admitted job claimed at once instead of at the next poll. The polls remain: other replicas
 * change the queue too, and they cannot nudge this one.
 */
@Singleton
final class SchedulerSignals {

    private final Semaphore admission = new Semaphore(0);
    private final Semaphore work = new Semaphore(0);

    /** The queue or the capacity changed: admit again soon. */
    void admissionNeeded() {
        admission.release();
    }

    /** Jobs were admitted: claim them soon. */
    void workAdmitted() {
        work.release();
    }

    void awaitAdmissionNeeded(Duration timeout) throws InterruptedException {
        await(admission, timeout);
    }

    void awaitWork(Duration timeout) throws InterruptedException {
        await(work, timeout);
    }

    private static void await(Semaphore semaphore, Duration timeout) throws InterruptedException {
        semaphore.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        semaphore.drainPermits();
    }
}
