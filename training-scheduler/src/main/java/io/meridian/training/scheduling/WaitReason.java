package io.meridian.training.scheduling;

/** Why a queued job was not admitted in a cycle; shown to its owner (message key {@code job.waiting.<key>}). */
public enum WaitReason {
    /** Its tenant's concurrent-GPU quota is taken. */
    CONCURRENT_GPU_QUOTA,
    /** Its tenant's GPU-hours of this month are spent. */
    MONTHLY_GPU_HOURS,
    /** No allowed pool has room now. */
    CAPACITY,
    /** Room is held for a job that has waited longer (starvation guard). */
    RESERVED,
    /** Jobs before it in its tenant's order, or other tenants with a smaller share, go first. */
    FAIR_SHARE
}
