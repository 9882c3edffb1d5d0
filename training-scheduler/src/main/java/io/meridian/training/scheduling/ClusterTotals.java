package io.meridian.training.scheduling;

import java.util.List;

/**
 * What all pools have together: the denominators of a tenant's dominant share.
 */
record ClusterTotals(long gpus, long slots) {

    static ClusterTotals of(List<Pool> pools) {
        long gpus = 0;
        long slots = 0;
        for (Pool pool : pools) {
            gpus += pool.gpus();
            slots += pool.slots();
        }
        return new ClusterTotals(gpus, slots);
    }

    /**
     * Dominant-resource share, per unit of weight: {@code max(gpus / totalGpus, slots / totalSlots) / weight}.
     * A resource the cluster has none of counts as 0, so a CPU-only cluster shares by slots alone.
     */
    double weightedShare(double gpusHeld, double slotsHeld, double weight) {
        double gpuShare = gpus == 0 ? 0 : gpusHeld / gpus;
        double slotShare = slots == 0 ? 0 : slotsHeld / slots;
        return Math.max(gpuShare, slotShare) / weight;
    }
}
