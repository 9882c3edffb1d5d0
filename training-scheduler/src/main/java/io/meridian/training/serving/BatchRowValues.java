package io.meridian.training.serving;

import io.meridian.training.datasets.ColumnType;
import io.meridian.training.trainers.TabularEncoder;

import java.util.List;

/**
 * One row of a {@link ColumnBatch} as {@link TabularEncoder} reads it, its columns looked up once
 * per batch. Points at one row at a time ({@link #at}); not shared between threads.
 */
final class BatchRowValues implements TabularEncoder.RowValues {

    private final double[][] numbers;
    private final String[][] categories;
    private int row;

    BatchRowValues(TabularEncoder encoder, ColumnBatch batch) {
        List<TabularEncoder.EncodedColumn> columns = encoder.columns();
        numbers = new double[columns.size()][];
        categories = new String[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            TabularEncoder.EncodedColumn column = columns.get(c);
            if (column.type() == ColumnType.CATEGORY) {
                categories[c] = batch.strings(column.name());
            } else {
                numbers[c] = batch.numbers(column.name());
            }
        }
    }

    BatchRowValues at(int current) {
        this.row = current;
        return this;
    }

    @Override
    public boolean missing(int column) {
        return numbers[column] != null ? Double.isNaN(numbers[column][row]) : categories[column][row] == null;
    }

    @Override
    public double number(int column) {
        return numbers[column][row];
    }

    @Override
    public String category(int column) {
        return categories[column][row];
    }
}
