package io.meridian.api.models;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.registry.Violation;

import java.util.List;

/** The registry's refusals as problem documents. */
final class RegistryProblems {

    private RegistryProblems() {
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations.stream()
                    .map(violation -> new FieldError(violation.field(), violation.key(), violation.arguments()))
                    .toList());
        }
    }
}
