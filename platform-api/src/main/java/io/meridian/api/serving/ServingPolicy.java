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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SERVE decision of a prediction, taken in memory: the effective policy of the version's source
 * region, and the decisions taken under it, are reused for a few seconds (a policy change takes
 * effect within that time). Unlike the
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

    /** What a SERVE decision depends on besides the policy (the subject only names it in the audit). */
    private record Question(DataClass dataClass, String targetRegion, Set<EntityType> piiFound) {
        Question {
            piiFound = Set.copyOf(piiFound);
        }
    }

    /** A tenant's effective policy for one source region with the decisions taken under it so far: both expire together. */
    private record Cached(PolicyService.Effective policy, Map<Question, Decision> decisions) {
    }

    private final PolicyService policies;
    private final DecisionPoint decisionPoint;
    private final AuditLog audit;
    private final TenantDb db;
    private final Cache<Key, Cached> effective;

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
        Cached cached = effective.get(new Key(caller.tenantId(), sourceRegion),
                key -> new Cached(db.inTenant(key.tenantId(), handle -> policies.effective(handle, key.sourceRegion())),
                        new ConcurrentHashMap<>()));
        PolicyService.Effective policy = cached.policy();
        // the decision point is pure: the same question under the same policy gets the same answer
        Decision decision = cached.decisions().computeIfAbsent(new Question(dataClass, targetRegion, piiFound), question ->
                decisionPoint.decide(new DecisionRequest(Action.SERVE, subject, dataClass, sourceRegion, targetRegion, piiFound),
                        policy.rules()));
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
