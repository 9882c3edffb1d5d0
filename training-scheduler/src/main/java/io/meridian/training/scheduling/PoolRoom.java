package io.meridian.training.scheduling;

/**
 * The free room of one pool during one admission cycle: what was free when the cycle began and
 * what is left after the admissions made so far. Room only shrinks within a cycle, which is what
 * lets the planner decide each job once.
 */
final class PoolRoom {

    private final Pool pool;
    private final int gpusFreeAtStart;
    private final int slotsFreeAtStart;
    private int gpusFree;
    private int slotsFree;

    PoolRoom(Pool pool, PoolUsage usage) {
        this.pool = pool;
        // usage above capacity (a pool shrunk under running jobs) means no room, not negative room
        this.gpusFreeAtStart = Math.max(0, pool.gpus() - usage.gpus());
        this.slotsFreeAtStart = Math.max(0, pool.slots() - usage.slots());
        this.gpusFree = gpusFreeAtStart;
        this.slotsFree = slotsFreeAtStart;
    }

    String name() {
        return pool.name();
    }

    /** Whether the job could run here if the pool were empty. */
    boolean isBigEnoughFor(int gpus) {
        return pool.slots() > 0 && pool.gpus() >= gpus;
    }

    boolean fitsNow(int gpus) {
        return slotsFree > 0 && gpusFree >= gpus;
    }

    boolean fittedAtStart(int gpus) {
        return slotsFreeAtStart > 0 && gpusFreeAtStart >= gpus;
    }

    /** Whether, once a job of {@code takenGpus} is admitted here, a job of {@code neededGpus} still fits. */
    boolean fitsAfterTaking(int takenGpus, int neededGpus) {
        return slotsFree > 1 && gpusFree - takenGpus >= neededGpus;
    }

    void take(int gpus) {
        gpusFree -= gpus;
        slotsFree -= 1;
    }
}
