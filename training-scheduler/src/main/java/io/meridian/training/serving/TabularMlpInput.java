package io.meridian.training.serving;

import io.meridian.training.datasets.ColumnType;
import io.meridian.training.trainers.TabularEncoder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CSV-trained MLP's input: {@link TabularEncoder#dense} with the means, stds and categories stored in its {@code serving.json}. */
final class TabularMlpInput implements MlpInput {

    private final TabularEncoder encoder;

    TabularMlpInput(TabularEncoder encoder) {
        this.encoder = encoder;
    }

    /** Each CATEGORY input's training values, for {@link InputValidation}. */
    Map<String, Set<String>> categories() {
        Map<String, Set<String>> categories = new HashMap<>();
        encoder.columns().stream().filter(column -> column.type() == ColumnType.CATEGORY)
                .forEach(column -> categories.put(column.name(), Set.copyOf(column.categories())));
        return categories;
    }

    @Override
    public int width() {
        return encoder.width();
    }

    @Override
    public float[] encode(List<Map<String, Object>> rows) {
        float[] out = new float[rows.size() * encoder.width()];
        JsonRowValues values = new JsonRowValues(encoder);
        for (int i = 0; i < rows.size(); i++) {
            encoder.dense(values.at(rows.get(i)), out, i * encoder.width());
        }
        return out;
    }

    @Override
    public BatchEncoder encoder(ColumnBatch batch) {
        BatchRowValues values = new BatchRowValues(encoder, batch);
        return (from, count, out) -> {
            for (int i = 0; i < count; i++) {
                encoder.dense(values.at(from + i), out, i * encoder.width());
            }
        };
    }
}
