package io.meridian.api.policies;

import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.security.Caller;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionPoint;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.compliance.policy.Obligation;
import io.meridian.compliance.policy.PolicyRules;
import io.meridian.compliance.policy.PolicyValidator;
import io.meridian.i18n.Messages;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "What if" decisions: the decision point asked against the policy in force, or against rules an
 * admin is about to save, with the reasons in the caller's language. Nothing is written.
 */
@Singleton
public final class DryRunService {

    private final TenantDb db;
    private final PolicyService policies;
    private final DecisionPoint decisions;
    private final PolicyValidator validator;
    private final KnownRegions knownRegions;
    private final Messages messages = new Messages("io.meridian.i18n.compliance");

    DryRunService(TenantDb db, PolicyService policies, RegionCatalog regions, KnownRegions knownRegions) {
        this.knownRegions = knownRegions;
        this.db = db;
        this.policies = policies;
        this.decisions = new DecisionPoint(regions);
        this.validator = new PolicyValidator(regions);
    }

    public PolicyViews.DecisionView dryRun(Caller caller, PolicyRequests.DryRun request, Locale locale) {
        DecisionRequest question = question(request);
        Integer version = null;
        PolicyRules rules;
        if (request.rules() != null) {
            rules = PolicyMapping.toRules(request.rules(), "rules.");
            PolicyMapping.throwIfViolated(validator.validate(request.sourceRegion(), rules), "rules.");
        } else {
            knownRegions.require(request.sourceRegion(), "sourceRegion");
            PolicyService.Effective effective = db.inTenant(caller.tenantId(), handle -> policies.effective(handle, request.sourceRegion()));
            rules = effective.rules();
            version = effective.version();
        }
        Decision decision = decisions.decide(question, rules);
        return new PolicyViews.DecisionView(decision.outcome().name(),
                decision.reasons().stream().map(reason -> new PolicyViews.ReasonView(reason.key(),
                        messages.format(locale, reason.key(), reason.arguments()))).toList(),
                decision.obligations().stream().map(DryRunService::view).toList(), version);
    }

    private static DecisionRequest question(PolicyRequests.DryRun request) {
        List<FieldError> errors = new ArrayList<>();
        Action action = PolicyMapping.parse(Action.class, request.action());
        if (action == null) {
            errors.add(FieldError.of("action", "field.invalid-choice", "allowed", PolicyMapping.names(Action.class)));
        }
        DataClass dataClass = PolicyMapping.parse(DataClass.class, request.dataClass());
        if (dataClass == null) {
            errors.add(FieldError.of("dataClass", "field.invalid-choice", "allowed", PolicyMapping.names(DataClass.class)));
        }
        Set<EntityType> found = EnumSet.noneOf(EntityType.class);
        for (String name : request.piiFound() == null ? List.<String>of() : request.piiFound()) {
            EntityType type = PolicyMapping.parse(EntityType.class, name);
            if (type == null) {
                errors.add(FieldError.of("piiFound", "field.unknown-entity-type", "allowed", PolicyMapping.names(EntityType.class)));
            } else {
                found.add(type);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new DecisionRequest(action, "dry-run", dataClass, request.sourceRegion(), request.targetRegion(), found);
    }

    private static PolicyViews.ObligationView view(Obligation obligation) {
        return switch (obligation) {
            case Obligation.Redact redact -> new PolicyViews.ObligationView("REDACT", names(redact.entities()), null);
            case Obligation.Pseudonymize pseudonymize -> new PolicyViews.ObligationView("PSEUDONYMIZE", names(pseudonymize.entities()), null);
            case Obligation.OmitInputs omit -> new PolicyViews.ObligationView("OMIT_INPUTS", null, null);
            case Obligation.RetainDays retain -> new PolicyViews.ObligationView("RETAIN_DAYS", null, retain.days());
        };
    }

    private static List<String> names(Set<EntityType> types) {
        return types.stream().map(Enum::name).sorted().toList();
    }
}
