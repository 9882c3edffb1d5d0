package io.meridian.api.policies;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionPoint;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.compliance.policy.Reason;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.util.Map;
import java.util.function.Function;

/**
 * The decision point as every data-touching feature calls it: inside the feature's own tenant
 * transaction, under the policy in force for the data's source region, with the decision written
 * to the audit log in that same transaction (so a denied step leaves its trace, and an allowed one
 * exists only together with its decision).
 */
@Singleton
public final class PolicyDecisions {

    private final PolicyService policies;
    private final DecisionPoint decisionPoint;
    private final AuditLog audit;

    PolicyDecisions(PolicyService policies, RegionCatalog regions, AuditLog audit) {
        this.policies = policies;
        this.decisionPoint = new DecisionPoint(regions);
        this.audit = audit;
    }

    /** A denied decision as the client sees it: its reasons, in the compliance module's words, under the field they concern. */
    public static ApiException denied(String subject, String field, Decision decision) {
        return denied(subject, decision, reason -> field);
    }

    /** A denial whose reasons concern different fields of the request. */
    public static ApiException denied(String subject, Decision decision, Function<Reason, String> fieldOf) {
        return new ApiException(ProblemCode.POLICY_DENIED, ProblemCode.POLICY_DENIED.slug() + ".detail", Map.of("subject", subject),
                decision.reasons().stream().map(reason -> new FieldError(fieldOf.apply(reason), reason.key(), reason.arguments())).toList());
    }

    public Decision decide(Handle handle, Caller caller, DecisionRequest request) {
        PolicyService.Effective effective = policies.effective(handle, request.sourceRegion());
        Decision decision = decisionPoint.decide(request, effective.rules());
        audit.record(handle, caller, "policy.decision", request.subject(), Map.of(
                "action", request.action().name(),
                "dataClass", request.dataClass().name(),
                "sourceRegion", request.sourceRegion(),
                "targetRegion", request.targetRegion(),
                "outcome", decision.outcome().name(),
                "reasons", decision.reasons().stream().map(Reason::key).toList(),
                "policyVersion", effective.version()));
        return decision;
    }
}
