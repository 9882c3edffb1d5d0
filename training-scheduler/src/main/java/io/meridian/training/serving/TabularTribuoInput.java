package io.meridian.training.serving;

import io.meridian.registry.Feature;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.trainers.TabularEncoder;
import io.meridian.training.trainers.TribuoExamples;
import org.tribuo.Example;
import org.tribuo.Output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CSV-trained Tribuo model's input: numbers raw (the model standardizes them itself), booleans
 * 1/0, a category as its one-hot feature, a missing value absent (see {@link TabularEncoder#named}).
 */
final class TabularTribuoInput implements TribuoInput, DenseInput {

    private final TabularEncoder encoder;
    private final boolean[] zeroIsAbsent;

    private TabularTribuoInput(TabularEncoder encoder) {
        this.encoder = encoder;
        this.zeroIsAbsent = new boolean[encoder.width()];
        int at = 0;
        for (TabularEncoder.EncodedColumn column : encoder.columns()) {
            int width = column.type() == ColumnType.CATEGORY ? column.categories().size() : 1;
            for (int i = 0; i < width; i++) {
                zeroIsAbsent[at++] = column.type() == ColumnType.CATEGORY;
            }
        }
    }

    /**
     * The encoder training fitted, rebuilt from the signature's inputs and the model's feature names
     * (a category's values are its {@code column=value} features). Mean and std stay 0 and 1: the
     * Tribuo model standardizes inside, so only {@link TabularEncoder#named} and {@link TabularEncoder#raw} are used.
     */
    static TabularTribuoInput of(List<Feature> inputs, Set<String> featureNames) {
        List<TabularEncoder.EncodedColumn> columns = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Feature input = inputs.get(i);
            ColumnType type = TabularEncoder.columnType(input.type());
            columns.add(new TabularEncoder.EncodedColumn(input.name(), type, i, 0, 1,
                    type == ColumnType.CATEGORY ? categories(input.name(), featureNames) : List.of()));
        }
        return new TabularTribuoInput(TabularEncoder.of(columns));
    }

    private static List<String> categories(String column, Set<String> featureNames) {
        String prefix = TabularEncoder.oneHotName(column, "");
        TreeSet<String> categories = new TreeSet<>();
        for (String name : featureNames) {
            if (name.startsWith(prefix)) {
                categories.add(name.substring(prefix.length()));
            }
        }
        return List.copyOf(categories);
    }

    /** Each CATEGORY input's training values, for {@link InputValidation}. */
    Map<String, Set<String>> categories() {
        Map<String, Set<String>> categories = new java.util.HashMap<>();
        encoder.columns().stream().filter(column -> column.type() == ColumnType.CATEGORY)
                .forEach(column -> categories.put(column.name(), Set.copyOf(column.categories())));
        return categories;
    }

    @Override
    public <T extends Output<T>> Optional<Example<T>> example(T output, Map<String, Object> row) {
        return TribuoExamples.ofTabular(output, encoder.named(new JsonRowValues(encoder).at(row)));
    }

    @Override
    public BatchReader reader(ColumnBatch batch) {
        BatchRowValues values = new BatchRowValues(encoder, batch);
        return new BatchReader() {
            @Override
            public <T extends Output<T>> Optional<Example<T>> example(T output, int row) {
                return TribuoExamples.ofTabular(output, encoder.named(values.at(row)));
            }
        };
    }

    @Override
    public Optional<DenseInput> dense() {
        return Optional.of(this);
    }

    @Override
    public List<String> dimensionNames() {
        return encoder.dimensionNames();
    }

    @Override
    public boolean zeroIsAbsent(int dimension) {
        return zeroIsAbsent[dimension];
    }

    @Override
    public Rows rows(ColumnBatch batch) {
        BatchRowValues values = new BatchRowValues(encoder, batch);
        return (row, out) -> encoder.raw(values.at(row), out, 0);
    }
}
