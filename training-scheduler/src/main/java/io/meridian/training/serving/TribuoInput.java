package io.meridian.training.serving;

import org.tribuo.Example;
import org.tribuo.Output;

import java.util.Map;
import java.util.Optional;

/**
 * How one kind of Tribuo model takes a row: the same example its trainer built from the same
 * data (through {@link io.meridian.training.trainers.TribuoExamples}); empty when the row has no
 * feature at all, which Tribuo refuses.
 */
interface TribuoInput {

    /** From a validated JSON row. */
    <T extends Output<T>> Optional<Example<T>> example(T output, Map<String, Object> row);

    /** The batch's columns read once, for {@link BatchReader#example} row by row; not shared between threads. */
    BatchReader reader(ColumnBatch batch);

    /** The dense form of a fixed-width input for {@link LinearScorer}; empty for text (no fixed dimensions). */
    Optional<DenseInput> dense();

    interface BatchReader {
        <T extends Output<T>> Optional<Example<T>> example(T output, int row);
    }
}
