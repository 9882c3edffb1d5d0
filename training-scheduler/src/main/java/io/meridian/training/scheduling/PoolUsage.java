package io.meridian.training.scheduling;

/** What the admitted and running jobs of one pool hold right now. */
public record PoolUsage(int gpus, int slots) {

    public static final PoolUsage NONE = new PoolUsage(0, 0);
}
