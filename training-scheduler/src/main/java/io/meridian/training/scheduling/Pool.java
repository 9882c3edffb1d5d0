package io.meridian.training.scheduling;

/**
 * A GPU pool of one region, as configured: what it has and how many jobs may run on it at once.
 *
 * @param name    unique across the platform, e.g. {@code eu-west-a100}
 * @param gpuType e.g. {@code nvidia-a100}, or {@code cpu} for a pool without GPUs
 * @param gpus    GPUs in the pool (0 for a CPU pool)
 * @param slots   jobs that may run at once (every job takes one slot, whatever its GPUs)
 */
public record Pool(String name, String region, String gpuType, int gpus, int slots) {
}
