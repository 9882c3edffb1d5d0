package io.meridian.training.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * How admission weighs waiting.
 *
 * @param agingStep       every full step a job has waited adds 1 to its priority, so that a
 *                        low-priority job is eventually served before newer higher-priority ones
 * @param starvationAfter a job that has waited longer than this while room is scarce for it reserves
 *                        a pool (see {@link PoolReservations})
 */
public record AdmissionSettings(Duration agingStep, Duration starvationAfter) {

    public static final AdmissionSettings DEFAULTS = new AdmissionSettings(Duration.ofMinutes(10), Duration.ofMinutes(30));

    public AdmissionSettings {
        Objects.requireNonNull(agingStep, "agingStep");
        Objects.requireNonNull(starvationAfter, "starvationAfter");
        if (agingStep.isNegative() || agingStep.isZero()) {
            throw new IllegalArgumentException("agingStep must be positive: " + agingStep);
        }
        if (agingStep.compareTo(Duration.ofDays(36_500)) > 0) {
            throw new IllegalArgumentException("agingStep must be at most a century: " + agingStep);
        }
        if (starvationAfter.isNegative()) {
            throw new IllegalArgumentException("starvationAfter must not be negative: " + starvationAfter);
        }
    }
}
