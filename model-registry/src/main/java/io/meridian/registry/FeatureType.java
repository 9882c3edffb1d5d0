package io.meridian.registry;

/** The type of one named input: scalars for tabular models, text, or a tensor with a shape. */
public enum FeatureType {
    FLOAT,
    INTEGER,
    BOOLEAN,
    CATEGORY,
    TEXT,
    TENSOR
}
