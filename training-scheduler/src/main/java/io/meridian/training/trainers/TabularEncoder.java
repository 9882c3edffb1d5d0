package io.meridian.training.trainers;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.DatasetFormatException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns CSV rows into model inputs, fitted on the training rows only: numbers (with their mean
 * and standard deviation), booleans as 0/1, categories one-hot over the values seen in training.
 * Text columns are left out: a tabular model cannot use free text. The same encoding must be
 * applied when serving, so it is described by {@link #columns()}, and serving rebuilds it with
 * {@link #of} and reads its rows through {@link RowValues} (training reads CSV cells the same way).
 */
public final class TabularEncoder {

    /** One input column and what encoding it needs. */
    public record EncodedColumn(String name, ColumnType type, int csvIndex, double mean, double std, List<String> categories) {

        public EncodedColumn {
            categories = List.copyOf(categories);
        }

        int width() {
            return type == ColumnType.CATEGORY ? categories.size() : 1;
        }

        boolean numeric() {
            return type == ColumnType.INTEGER || type == ColumnType.FLOAT;
        }
    }

    /**
     * One row's values, column by column ({@code column} is the index into {@link #columns()}):
     * CSV cells in training, a JSON row or a column batch in serving, all encoded by the same code.
     */
    public interface RowValues {

        /** No value: an empty CSV cell, a JSON null, NaN or null in a column batch. */
        boolean missing(int column);

        /** The value of a number column, or 1/0 for a boolean column; only called when not missing. */
        double number(int column);

        /** The value of a category column; only called when not missing. */
        String category(int column);
    }

    private final List<EncodedColumn> columns;
    private final List<String> dimensionNames;

    private TabularEncoder(List<EncodedColumn> columns) {
        this.columns = List.copyOf(columns);
        List<String> names = new ArrayList<>();
        for (EncodedColumn column : columns) {
            if (column.type() == ColumnType.CATEGORY) {
                column.categories().forEach(category -> names.add(oneHotName(column.name(), category)));
            } else {
                names.add(column.name());
            }
        }
        this.dimensionNames = List.copyOf(names);
    }

    public static TabularEncoder fit(CsvSchema schema, CsvTable train) {
        List<EncodedColumn> columns = new ArrayList<>();
        for (ColumnProfile profile : schema.columns()) {
            if (profile.name().equals(schema.labelColumn()) || profile.type() == ColumnType.TEXT) {
                continue;
            }
            int index = train.column(profile.name());
            double sum = 0;
            double squares = 0;
            long present = 0;
            TreeSet<String> categories = new TreeSet<>();
            for (String[] row : train.rows()) {
                String value = row[index];
                if (value.isEmpty()) {
                    continue;
                }
                if (profile.type() == ColumnType.CATEGORY) {
                    categories.add(value);
                } else if (profile.type() != ColumnType.BOOLEAN) {
                    double number = Double.parseDouble(value);
                    sum += number;
                    squares += number * number;
                    present++;
                }
            }
            double mean = present == 0 ? 0 : sum / present;
            double variance = present == 0 ? 0 : Math.max(0, squares / present - mean * mean);
            // a constant column: dividing by 1 keeps it at 0 instead of dividing by zero
            double std = variance > 1e-24 ? Math.sqrt(variance) : 1;
            columns.add(new EncodedColumn(profile.name(), profile.type(), index, mean, std, List.copyOf(categories)));
        }
        return new TabularEncoder(columns);
    }

    /** The encoder of these columns, as {@link #columns()} of a fitted one described them. */
    public static TabularEncoder of(List<EncodedColumn> columns) {
        return new TabularEncoder(columns);
    }

    public static String oneHotName(String column, String category) {
        return column + "=" + category;
    }

    public List<EncodedColumn> columns() {
        return columns;
    }

    /** The names of the encoded dimensions, in the order of {@link #dense}. */
    public List<String> dimensionNames() {
        return dimensionNames;
    }

    public int width() {
        return dimensionNames.size();
    }

    /** The signature's inputs: one per encoded column, typed as the schema says. */
    public List<Feature> signatureInputs() {
        return columns.stream().map(column -> new Feature(column.name(), featureType(column.type()), List.of())).toList();
    }

    /** The column type of a signature's input type; TENSOR is no tabular column. */
    public static ColumnType columnType(FeatureType type) {
        return switch (type) {
            case INTEGER -> ColumnType.INTEGER;
            case FLOAT -> ColumnType.FLOAT;
            case BOOLEAN -> ColumnType.BOOLEAN;
            case CATEGORY -> ColumnType.CATEGORY;
            case TEXT -> ColumnType.TEXT;
            case TENSOR -> throw new IllegalArgumentException("a TENSOR input is no tabular column");
        };
    }

    static FeatureType featureType(ColumnType type) {
        return switch (type) {
            case INTEGER -> FeatureType.INTEGER;
            case FLOAT -> FeatureType.FLOAT;
            case BOOLEAN -> FeatureType.BOOLEAN;
            case CATEGORY -> FeatureType.CATEGORY;
            case TEXT -> FeatureType.TEXT;
        };
    }

    /**
     * Raw values by name, for Tribuo (which is sparse): a missing number or boolean is absent, a
     * category present as its one-hot dimension with 1, an unseen category absent.
     */
    public NamedValues named(String[] row) {
        return named(new CsvRow(row));
    }

    public NamedValues named(RowValues row) {
        String[] names = new String[columns.size()];
        double[] values = new double[columns.size()];
        int present = 0;
        for (int c = 0; c < columns.size(); c++) {
            EncodedColumn column = columns.get(c);
            if (row.missing(c)) {
                continue;
            }
            if (column.type() == ColumnType.CATEGORY) {
                String value = row.category(c);
                if (column.categories().contains(value)) {
                    names[present] = oneHotName(column.name(), value);
                    values[present++] = 1.0;
                }
            } else {
                names[present] = column.name();
                values[present++] = row.number(c);
            }
        }
        return new NamedValues(Arrays.copyOf(names, present), Arrays.copyOf(values, present));
    }

    /**
     * Dense, standardized values for a neural network, written to {@code out} from {@code offset}:
     * numbers as (x − mean) / std (missing: 0, the mean), booleans 0/1 (missing: 0), categories one-hot.
     */
    public void dense(String[] row, float[] out, int offset) {
        dense(new CsvRow(row), out, offset);
    }

    public void dense(RowValues row, float[] out, int offset) {
        int at = offset;
        for (int c = 0; c < columns.size(); c++) {
            EncodedColumn column = columns.get(c);
            boolean missing = row.missing(c);
            switch (column.type()) {
                case CATEGORY -> {
                    String value = missing ? null : row.category(c);
                    for (String category : column.categories()) {
                        out[at++] = category.equals(value) ? 1f : 0f;
                    }
                }
                case BOOLEAN -> out[at++] = missing ? 0f : (float) row.number(c);
                default -> out[at++] = missing ? 0f : (float) ((row.number(c) - column.mean()) / column.std());
            }
        }
    }

    /**
     * The values Tribuo's model sees before its own standardization, dense, in the order of
     * {@link #dimensionNames()}: numbers raw, booleans 0/1, categories one-hot; NaN where the sparse
     * example of {@link #named} has no feature (a missing number or boolean). One-hot zeros are
     * absent there too, but a zero adds nothing to a linear model either way.
     */
    public void raw(RowValues row, double[] out, int offset) {
        int at = offset;
        for (int c = 0; c < columns.size(); c++) {
            EncodedColumn column = columns.get(c);
            boolean missing = row.missing(c);
            if (column.type() == ColumnType.CATEGORY) {
                String value = missing ? null : row.category(c);
                for (String category : column.categories()) {
                    out[at++] = category.equals(value) ? 1 : 0;
                }
            } else {
                out[at++] = missing ? Double.NaN : row.number(c);
            }
        }
    }

    /** A CSV row as training reads it: an empty cell is missing, booleans are "true" (any case) or not. */
    private final class CsvRow implements RowValues {

        private final String[] cells;

        CsvRow(String[] cells) {
            this.cells = cells;
        }

        @Override
        public boolean missing(int column) {
            return cells[columns.get(column).csvIndex()].isEmpty();
        }

        @Override
        public double number(int column) {
            EncodedColumn encoded = columns.get(column);
            String value = cells[encoded.csvIndex()];
            return encoded.type() == ColumnType.BOOLEAN ? (isTrue(value) ? 1.0 : 0.0) : TabularEncoder.number(encoded, value);
        }

        @Override
        public String category(int column) {
            return cells[columns.get(column).csvIndex()];
        }
    }

    /** Test data has a schema of its own: a number column there may hold what is no number. */
    private static double number(EncodedColumn column, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new DatasetFormatException("field.not-a-number", Map.of("column", column.name(), "value", value));
        }
    }

    private static boolean isTrue(String value) {
        return value.toLowerCase(Locale.ROOT).equals("true");
    }

    /** Feature names with their values, parallel arrays as Tribuo's {@code ArrayExample} takes them. */
    public record NamedValues(String[] names, double[] values) {
    }
}
