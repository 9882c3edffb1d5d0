package io.meridian.training.trainers;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which rows train and which are held out for evaluation, when a job brings no test data: a
 * random permutation drawn from the run's seed, so that a rerun holds out the same rows.
 *
 * @param train indices of the training rows, in random order
 * @param test  indices of the held-out rows, ascending
 */
public record HeldOutSplit(int[] train, int[] test) {

    public static HeldOutSplit of(int rows, double testFraction, long seed) {
        if (rows < 2) {
            throw new IllegalArgumentException("a held-out split needs at least 2 rows, got " + rows);
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int testRows = (int) Math.min(rows - 1, Math.max(1, Math.round(rows * testFraction)));
        int[] test = Arrays.copyOfRange(order, 0, testRows);
        Arrays.sort(test);
        return new HeldOutSplit(Arrays.copyOfRange(order, testRows, rows), test);
    }
}
