package io.meridian.training.trainers;

/**
 * One finished epoch.
 *
 * @param epoch         counting from 1
 * @param epochs        how many the run will do
 * @param loss          mean training loss of the epoch (NaN where the trainer has none)
 * @param accuracy      accuracy on the held-out split after the epoch (NaN where not measured)
 * @param samplesPerSecond training samples processed per second during the epoch
 */
public record EpochProgress(int epoch, int epochs, double loss, double accuracy, double samplesPerSecond) {
}
