package io.meridian.training.trainers;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.meridian.training.datasets.ColumnType;

import java.util.List;

/**
 * What serving needs besides the weights of a {@code djl-mlp} model, stored as
 * {@value #FILE_NAME} in its zip: the network to rebuild, how to encode an input, the labels.
 *
 * @param input          {@code tabular} or {@code image}
 * @param columns        tabular: the input columns in encoding order (numbers standardized with
 *                       mean and std, booleans 0/1, categories one-hot over {@code categories})
 * @param dimensionNames tabular: the names of the encoded vector's entries
 * @param imageRows      image: rows of the input (pixels row-major, divided by {@code pixelScale})
 * @param imageCols      image: columns of the input
 * @param labels         the labels of the output logits, in order
 */
public record MlpServingSpec(int formatVersion, String input, List<Column> columns, List<String> dimensionNames,
                             int imageRows, int imageCols, float pixelScale, List<String> labels,
                             List<Integer> hiddenSizes, String activation, int inputWidth, String parametersName) {

    public static final String FILE_NAME = "serving.json";
    public static final String PARAMETERS_NAME = "mlp";

    /** One tabular input column and its encoding. */
    public record Column(String name, String type, double mean, double std, List<String> categories) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    static MlpServingSpec tabular(TabularEncoder encoder, List<String> labels, List<Integer> hiddenSizes, String activation) {
        List<Column> columns = encoder.columns().stream()
                .map(column -> new Column(column.name(), column.type().name(), column.mean(), column.std(), column.categories()))
                .toList();
        return new MlpServingSpec(1, "tabular", columns, encoder.dimensionNames(), 0, 0, 0, labels, hiddenSizes, activation,
                encoder.width(), PARAMETERS_NAME);
    }

    static MlpServingSpec image(int rows, int cols, List<String> labels, List<Integer> hiddenSizes, String activation) {
        return new MlpServingSpec(1, "image", List.of(), List.of(), rows, cols, 255f, labels, hiddenSizes, activation,
                rows * cols, PARAMETERS_NAME);
    }

    /** The tabular encoding training used, rebuilt from {@link #columns()} (the index of a column is its position). */
    public TabularEncoder encoder() {
        List<TabularEncoder.EncodedColumn> encoded = new java.util.ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            encoded.add(new TabularEncoder.EncodedColumn(column.name(), ColumnType.valueOf(column.type()), i, column.mean(),
                    column.std(), column.categories()));
        }
        return TabularEncoder.of(encoded);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static MlpServingSpec fromJson(String json) {
        return GSON.fromJson(json, MlpServingSpec.class);
    }
}
