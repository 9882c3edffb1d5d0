package io.meridian.api.models;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.ProblemCode;
import io.meridian.compliance.policy.Decision;
import io.meridian.registry.Violation;

import java.util.List;
import java.util.Map;

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

    /** A denied decision: its reasons, as the compliance module words them, under the field they concern. */
    static ApiException policyDenied(String subject, String field, Decision decision) {
        List<FieldError> reasons = decision.reasons().stream()
                .map(reason -> new FieldError(field, reason.key(), reason.arguments()))
                .toList();
        return new ApiException(ProblemCode.POLICY_DENIED, ProblemCode.POLICY_DENIED.slug() + ".detail",
                Map.of("subject", subject), reasons);
    }
}
