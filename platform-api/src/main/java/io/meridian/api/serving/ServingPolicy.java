package io.meridian.api.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.policies.PolicyService;
import io.meridian.api.security.Caller;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionPoint;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.compliance.policy.Reason;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SERVE decision of a prediction, taken in memory: the effective policy of the version's source
 * region is reused for a few seconds (a policy change takes effect within that time). Unlike the
 * other features' decisions, an allowed one is not written to the audit log: the audit chain is
 * serialized per tenant and would cap the request rate. Denials are audited; every outcome goes to
 * the inference log.
 */
@Singleton
final class ServingPolicy {

    /** A decision with the policy it was taken under. */
    record Ruling(Decision decision, PolicyService.Effective policy) {
    }

    private record Key(UUID tenantId, String sourceRegion) {
    }

    private final PolicyService policies;
    private final DecisionPoint decisionPoint;
    private final AuditLog audit;
    private final TenantDb db;
    private final Cache<Key, PolicyService.Effective> effective;

    ServingPolicy(PolicyService policies, RegionCatalog regions, AuditLog audit, TenantDb db, ServingSettings settings) {
        this.policies = policies;
        this.decisionPoint = new DecisionPoint(regions);
        this.audit = audit;
        this.db = db;
        this.effective = Caffeine.newBuilder().expireAfterWrite(settings.policyCacheTtl()).maximumSize(100_000).build();
    }

    /** @param piiFound the kinds of personal data found in the request's inputs */
    Ruling decide(Caller caller, String subject, DataClass dataClass, String sourceRegion, String targetRegion,
                  Set<EntityType> piiFound) {
        PolicyService.Effective policy = effective.get(new Key(caller.tenantId(), sourceRegion),
                key -> db.inTenant(key.tenantId(), handle -> policies.effective(handle, key.sourceRegion())));
        DecisionRequest request = new DecisionRequest(Action.SERVE, subject, dataClass, sourceRegion, targetRegion, piiFound);
        Decision decision = decisionPoint.decide(request, policy.rules());
        if (!decision.allowed()) {
            db.inTenant(caller.tenantId(), handle -> audit.record(handle, caller, "policy.decision", subject, Map.of(
                    "action", Action.SERVE.name(), "dataClass", dataClass.name(), "sourceRegion", sourceRegion,
                    "targetRegion", targetRegion, "piiFound", piiFound.stream().map(EntityType::name).sorted().toList(),
                    "outcome", decision.outcome().name(),
                    "reasons", decision.reasons().stream().map(Reason::key).toList(), "policyVersion", policy.version())));
        }
        return new Ruling(decision, policy);
    }
}
