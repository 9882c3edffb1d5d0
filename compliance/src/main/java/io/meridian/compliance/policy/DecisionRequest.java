package io.meridian.compliance.policy;

import io.meridian.compliance.pii.EntityType;

import java.util.Set;

/**
 * One question to the decision point.
 *
 * @param subject      what the data is, for the audit log (e.g. "dataset:…", "model:churn@production")
 * @param sourceRegion where the data originates: whose policy applies
 * @param targetRegion where the action would take place
 * @param piiFound     the kinds of personal data known to be in it (empty if none or not scanned)
 */
public record DecisionRequest(Action action, String subject, DataClass dataClass, String sourceRegion,
                              String targetRegion, Set<EntityType> piiFound) {

    public DecisionRequest {
        piiFound = Set.copyOf(piiFound);
    }
}
