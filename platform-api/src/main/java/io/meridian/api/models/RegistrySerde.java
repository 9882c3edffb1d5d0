package io.meridian.api.models;

import io.meridian.registry.ConfusionMatrix;
import io.meridian.registry.Feature;
import io.meridian.registry.Lineage;
import io.meridian.registry.Metrics;
import io.meridian.registry.Signature;
import io.meridian.registry.VersionComparison;
import io.micronaut.serde.annotation.SerdeImport;

/** The registry's plain records, made readable and writable as JSON (versions store them as jsonb). */
@SerdeImport(Signature.class)
@SerdeImport(Feature.class)
@SerdeImport(Metrics.class)
@SerdeImport(ConfusionMatrix.class)
@SerdeImport(Lineage.class)
@SerdeImport(VersionComparison.MetricRow.class)
@SerdeImport(VersionComparison.ParameterRow.class)
final class RegistrySerde {

    private RegistrySerde() {
    }
}
