package io.meridian.training.datasets;

/** The type inferred for a CSV column from all of its values. */
public enum ColumnType {
    INTEGER,
    FLOAT,
    BOOLEAN,
    /** Few distinct values: a label or a categorical feature. */
    CATEGORY,
    TEXT
}
