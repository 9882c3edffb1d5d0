package io.meridian.training.serving;

import java.util.HashMap;
import java.util.Map;

/**
 * Rows for in-process scoring ({@link Predictor#predictBatch}) held column by column, so that a
 * million rows are a few arrays rather than a million maps. Each input of the signature is one column:
 * <ul>
 *   <li>FLOAT, INTEGER, BOOLEAN (1/0): {@link Builder#numbers}; NaN is a missing value, as null is in a JSON row</li>
 *   <li>CATEGORY, TEXT: {@link Builder#strings}; null is a missing value</li>
 *   <li>TENSOR: {@link Builder#tensor}, all rows' values row-major in one array (rows × the row shape's size)</li>
 * </ul>
 * The arrays are used as given, not copied: do not change them while a batch is scored.
 */
public final class ColumnBatch {

    private final int rows;
    private final Map<String, double[]> numbers;
    private final Map<String, String[]> strings;
    private final Map<String, float[]> tensors;

    private ColumnBatch(Builder builder) {
        this.rows = builder.rows;
        this.numbers = Map.copyOf(builder.numbers);
        this.strings = Map.copyOf(builder.strings);
        this.tensors = Map.copyOf(builder.tensors);
    }

    public static Builder builder(int rows) {
        return new Builder(rows);
    }

    public int rows() {
        return rows;
    }

    double[] numbers(String name) {
        return column(numbers, name, "numbers");
    }

    String[] strings(String name) {
        return column(strings, name, "strings");
    }

    /** The tensor column, checked to hold {@code width} values per row. */
    float[] tensor(String name, int width) {
        float[] values = column(tensors, name, "tensor");
        if (values.length != (long) rows * width) {
            throw new IllegalArgumentException("tensor column " + name + " has " + values.length + " values; " + rows
                    + " rows of " + width + " need " + (long) rows * width);
        }
        return values;
    }

    private static <A> A column(Map<String, A> columns, String name, String kind) {
        A values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the batch has no " + kind + " column " + name);
        }
        return values;
    }

    public static final class Builder {

        private final int rows;
        private final Map<String, double[]> numbers = new HashMap<>();
        private final Map<String, String[]> strings = new HashMap<>();
        private final Map<String, float[]> tensors = new HashMap<>();

        private Builder(int rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("rows must be at least 0");
            }
            this.rows = rows;
        }

        public Builder numbers(String name, double[] values) {
            checkLength(name, values.length);
            numbers.put(name, values);
            return this;
        }

        public Builder strings(String name, String[] values) {
            checkLength(name, values.length);
            strings.put(name, values);
            return this;
        }

        public Builder tensor(String name, float[] rowMajor) {
            tensors.put(name, rowMajor);
            return this;
        }

        public ColumnBatch build() {
            return new ColumnBatch(this);
        }

        private void checkLength(String name, int length) {
            if (length != rows) {
                throw new IllegalArgumentException("column " + name + " has " + length + " values for " + rows + " rows");
            }
        }
    }
}
