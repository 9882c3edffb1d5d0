package io.meridian.training.serving;

import io.meridian.training.trainers.TabularEncoder;

import java.util.Map;

/**
 * A validated JSON row as {@link TabularEncoder} reads it: null is a missing value, booleans are
 * 1/0. Points at one row at a time ({@link #at}); one instance per call, not shared between threads.
 */
final class JsonRowValues implements TabularEncoder.RowValues {

    private final String[] names;
    private Map<String, Object> row;

    JsonRowValues(TabularEncoder encoder) {
        this.names = encoder.columns().stream().map(TabularEncoder.EncodedColumn::name).toArray(String[]::new);
    }

    JsonRowValues at(Map<String, Object> current) {
        this.row = current;
        return this;
    }

    @Override
    public boolean missing(int column) {
        return row.get(names[column]) == null;
    }

    @Override
    public double number(int column) {
        Object value = row.get(names[column]);
        return value instanceof Boolean bool ? (bool ? 1.0 : 0.0) : ((Number) value).doubleValue();
    }

    @Override
    public String category(int column) {
        return (String) row.get(names[column]);
    }
}
