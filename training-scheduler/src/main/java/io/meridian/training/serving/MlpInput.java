package io.meridian.training.serving;

import java.util.List;
import java.util.Map;

/** How a {@code djl-mlp} network takes rows: one dense float vector of {@link #width()} per row, as its training encoded them. */
interface MlpInput {

    int width();

    /** Validated JSON rows, row-major. */
    float[] encode(List<Map<String, Object>> rows);

    /** The batch's columns read once; not shared between threads. */
    BatchEncoder encoder(ColumnBatch batch);

    interface BatchEncoder {
        /** Writes rows {@code [from, from + count)} into {@code out} from 0. */
        void encode(int from, int count, float[] out);
    }
}
