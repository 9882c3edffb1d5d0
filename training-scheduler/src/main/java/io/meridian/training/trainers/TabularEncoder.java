package io.meridian.training.trainers;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.DatasetFormatException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns CSV rows into model inputs, fitted on the training rows only: numbers (with their mean
 * and standard deviation), booleans as 0/1, categories one-hot over the values seen in training.
 * Text columns are left out: a tabular model cannot use free text. The same encoding must be
 * applied when serving, so it is described by {@link #columns()}.
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
        List<String> names = new ArrayList<>(columns.size());
        List<Double> values = new ArrayList<>(columns.size());
        for (EncodedColumn column : columns) {
            String value = row[column.csvIndex()];
            if (value.isEmpty()) {
                continue;
            }
            switch (column.type()) {
                case CATEGORY -> {
                    if (column.categories().contains(value)) {
                        names.add(oneHotName(column.name(), value));
                        values.add(1.0);
                    }
                }
                case BOOLEAN -> {
                    names.add(column.name());
                    values.add(isTrue(value) ? 1.0 : 0.0);
                }
                default -> {
                    names.add(column.name());
                    values.add(number(column, value));
                }
            }
        }
        return new NamedValues(names.toArray(String[]::new), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Dense, standardized values for a neural network, written to {@code out} from {@code offset}:
     * numbers as (x − mean) / std (missing: 0, the mean), booleans 0/1 (missing: 0), categories one-hot.
     */
    public void dense(String[] row, float[] out, int offset) {
        int at = offset;
        for (EncodedColumn column : columns) {
            String value = row[column.csvIndex()];
            switch (column.type()) {
                case CATEGORY -> {
                    for (String category : column.categories()) {
                        out[at++] = category.equals(value) ? 1f : 0f;
                    }
                }
                case BOOLEAN -> out[at++] = !value.isEmpty() && isTrue(value) ? 1f : 0f;
                default -> out[at++] = value.isEmpty() ? 0f : (float) ((number(column, value) - column.mean()) / column.std());
            }
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
