package io.meridian.compliance.policy;

import io.meridian.compliance.Region;
import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that answers "may this data go there?" for every data-touching step. Pure and
 * thread-safe: the caller supplies the policy of the data's source region and records the decision.
 */
public final class DecisionPoint {

    private final RegionCatalog regions;

    public DecisionPoint(RegionCatalog regions) {
        this.regions = regions;
    }

    public Decision decide(DecisionRequest request, PolicyRules rules) {
        Region source = regions.find(request.sourceRegion()).orElse(null);
        Region target = regions.find(request.targetRegion()).orElse(null);
        List<Reason> denials = new ArrayList<>(2);
        if (source == null) {
            denials.add(new Reason(MessageKeys.UNKNOWN_REGION, Map.of("region", String.valueOf(request.sourceRegion()))));
        }
        if (target == null) {
            denials.add(new Reason(MessageKeys.UNKNOWN_REGION, Map.of("region", String.valueOf(request.targetRegion()))));
        }
        if (!denials.isEmpty()) {
            return new Decision(Decision.Outcome.DENY, denials, List.of());
        }
        DataClass dataClass = request.dataClass();
        Set<String> permitted = request.action().storesData() ? rules.storage(dataClass) : rules.processing(dataClass);
        if (!permitted.contains(target.code())) {
            denials.add(new Reason(MessageKeys.REGION_NOT_PERMITTED, Map.of("action", request.action().name(),
                    "dataClass", dataClass.name(), "region", target.code())));
        }
        if (dataClass.personal() && source.jurisdiction() != target.jurisdiction() && !rules.transfers().contains(target.code())) {
            denials.add(new Reason(MessageKeys.TRANSFER_NOT_PERMITTED, Map.of("from", source.code(), "to", target.code())));
        }
        for (EntityType found : request.piiFound()) {
            if (rules.treatment(found) == Treatment.BLOCK) {
                denials.add(new Reason(MessageKeys.PII_BLOCKED, Map.of("entity", found.name())));
            }
        }
        if (!denials.isEmpty()) {
            return new Decision(Decision.Outcome.DENY, denials, List.of());
        }
        return new Decision(Decision.Outcome.ALLOW,
                List.of(new Reason(MessageKeys.PERMITTED, Map.of("action", request.action().name(),
                        "dataClass", dataClass.name(), "region", target.code()))),
                obligations(request, rules));
    }

    private static List<Obligation> obligations(DecisionRequest request, PolicyRules rules) {
        List<Obligation> obligations = new ArrayList<>(3);
        if (request.dataClass().personal()) {
            // what was found, or, when nothing was scanned yet, every type the policy treats
            Set<EntityType> scope = request.piiFound().isEmpty() ? rules.piiTreatment().keySet() : request.piiFound();
            Set<EntityType> redact = EnumSet.noneOf(EntityType.class);
            Set<EntityType> pseudonymize = EnumSet.noneOf(EntityType.class);
            for (EntityType type : scope) {
                switch (rules.treatment(type)) {
                    case REDACT -> redact.add(type);
                    case PSEUDONYMIZE -> pseudonymize.add(type);
                    default -> { }
                }
            }
            if (!redact.isEmpty()) {
                obligations.add(new Obligation.Redact(Set.copyOf(redact)));
            }
            if (!pseudonymize.isEmpty()) {
                obligations.add(new Obligation.Pseudonymize(Set.copyOf(pseudonymize)));
            }
        }
        if (request.action() == Action.LOG) {
            if (!rules.logInferenceInputs()) {
                obligations.add(new Obligation.OmitInputs());
            }
            obligations.add(new Obligation.RetainDays(rules.inferenceLogRetentionDays()));
        }
        return obligations;
    }
}
