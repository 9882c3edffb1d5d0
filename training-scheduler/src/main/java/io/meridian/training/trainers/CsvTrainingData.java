package io.meridian.training.trainers;

import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.DatasetFormatException;

import java.util.Map;

/**
 * A CSV job's rows to train on and rows to evaluate on: the run's test data when it has some,
 * else the held-out fraction of its data. Rows without a label cannot teach or test anything
 * and are left out (the log says how many).
 */
public record CsvTrainingData(CsvSchema schema, CsvTable train, CsvTable test) {

    public static CsvTrainingData load(TrainingRun run, double testFraction) {
        TrainingData data = run.data();
        if (!"CSV".equals(data.format())) {
            throw new DatasetFormatException("field.unsupported-dataset-format", Map.of("format", data.format(), "allowed", "CSV"));
        }
        CsvSchema schema = data.schema().orElseThrow(() -> new IllegalArgumentException("a CSV dataset comes with its schema"));
        var columns = schema.columns().stream().map(ColumnProfile::name).toList();
        CsvTable all = labelled(run, CsvTable.read(data.file(), columns), schema.labelColumn(), "training");
        if (run.testData().isPresent()) {
            TrainingData testData = run.testData().get();
            CsvTable test = labelled(run, CsvTable.read(testData.file(), columns), schema.labelColumn(), "test");
            requireRows(all, test);
            return new CsvTrainingData(schema, all, test);
        }
        if (all.rows().size() < 2) {
            throw new DatasetFormatException("field.too-few-rows", Map.of("min", 2, "found", all.rows().size()));
        }
        HeldOutSplit split = HeldOutSplit.of(all.rows().size(), testFraction, run.seed());
        run.log().accept("held out " + split.test().length + " of " + all.rows().size() + " rows for evaluation");
        return new CsvTrainingData(schema, all.select(split.train()), all.select(split.test()));
    }

    private static CsvTable labelled(TrainingRun run, CsvTable table, String labelColumn, String which) {
        CsvTable labelled = table.withValueIn(table.column(labelColumn));
        int dropped = table.rows().size() - labelled.rows().size();
        if (dropped > 0) {
            run.log().accept("left out " + dropped + " " + which + " rows without a value in " + labelColumn);
        }
        return labelled;
    }

    private static void requireRows(CsvTable train, CsvTable test) {
        if (train.rows().isEmpty() || test.rows().isEmpty()) {
            throw new DatasetFormatException("field.too-few-rows", Map.of("min", 1, "found", Math.min(train.rows().size(), test.rows().size())));
        }
    }

    public int labelColumn() {
        return train.column(schema.labelColumn());
    }
}
