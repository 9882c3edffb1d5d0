package io.meridian.training.serving;

import java.util.List;

/**
 * A fixed-width Tribuo input as a dense vector: the values the sparse example would hold, at the
 * position of their feature name, NaN where the example has no feature.
 */
interface DenseInput {

    /** The Tribuo feature names of the vector's positions. */
    List<String> dimensionNames();

    /** Whether a 0 here is a feature the sparse example leaves out (a one-hot or black-pixel zero), not a present 0. */
    boolean zeroIsAbsent(int dimension);

    /** The batch's columns read once; not shared between threads. */
    Rows rows(ColumnBatch batch);

    interface Rows {
        /** Writes row {@code row} into {@code out} from 0. */
        void write(int row, double[] out);
    }
}
