package io.meridian.training.datasets;

import java.util.List;

/** What a CSV dataset holds: its columns in order, its data rows, and the column a model learns to predict. */
public record CsvSchema(List<ColumnProfile> columns, long rows, String labelColumn) {

    public CsvSchema {
        columns = List.copyOf(columns);
    }
}
