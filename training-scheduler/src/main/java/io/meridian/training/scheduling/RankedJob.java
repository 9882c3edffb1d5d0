package io.meridian.training.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * A queued job with the priority it has earned by waiting.
 *
 * @param effectivePriority {@code priority + floor(waited / agingStep)}; a long, because a job
 *                          queued long ago with a short step must not overflow
 * @param waited            time since {@code queuedAt}, never negative (clocks of writers differ)
 */
record RankedJob(QueuedJob job, long effectivePriority, Duration waited) {

    /** Admission order: higher effective priority, then longer queued, then id so that no two jobs tie. */
    static final Comparator<RankedJob> FIRST_TO_ADMIT = Comparator
            .comparingLong(RankedJob::effectivePriority).reversed()
            .thenComparing(ranked -> ranked.job().queuedAt())
            .thenComparing(ranked -> ranked.job().id());

    /** Waiting beyond a century counts as a century, which keeps the nanoseconds within a long. */
    private static final Duration LONGEST_AGING = Duration.ofDays(36_500);

    static RankedJob of(QueuedJob job, Instant now, Duration agingStep) {
        Duration waited = Duration.between(job.queuedAt(), now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        // in nanoseconds rather than Duration.dividedBy(Duration), which goes through BigDecimal:
        // this runs for every queued job in every cycle
        long steps = (waited.compareTo(LONGEST_AGING) > 0 ? LONGEST_AGING : waited).toNanos() / agingStep.toNanos();
        return new RankedJob(job, job.priority() + steps, waited);
    }

    int gpus() {
        return job.gpus();
    }

    /** Whether this job comes before {@code other} in admission order. */
    boolean ranksBefore(RankedJob other) {
        return FIRST_TO_ADMIT.compare(this, other) < 0;
    }
}
