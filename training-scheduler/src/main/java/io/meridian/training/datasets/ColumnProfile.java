package io.meridian.training.datasets;

/**
 * One column as inferred from the data.
 *
 * @param missing  empty values
 * @param distinct distinct non-empty values, counted up to {@link CsvSchemaInference#DISTINCT_CAP}
 */
public record ColumnProfile(String name, ColumnType type, long missing, int distinct) {
}
