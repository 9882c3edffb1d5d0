package io.meridian.registry;

/** What a model does; decides which metrics and signatures make sense for it. */
public enum ModelTask {
    CLASSIFICATION,
    REGRESSION,
    TEXT_CLASSIFICATION,
    IMAGE_CLASSIFICATION
}
