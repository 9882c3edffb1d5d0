package io.meridian.api.datasets;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** What the policy had done to a dataset's personal data: the operator per kind, and how many values changed. */
@Serdeable
record DatasetTreatment(Map<String, String> operators, long treatedValues) {
}
