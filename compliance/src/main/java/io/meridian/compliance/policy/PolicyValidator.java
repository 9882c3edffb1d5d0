package io.meridian.compliance.policy;

import io.meridian.compliance.Region;
import io.meridian.compliance.RegionCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses policies that contradict themselves before they become a version: unknown regions,
 * processing where storage is denied, personal data stored across a border the transfers forbid,
 * sensitive data allowed where mere personal data is not, retention out of range.
 */
public final class PolicyValidator {

    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3650;

    private final RegionCatalog regions;

    public PolicyValidator(RegionCatalog regions) {
        this.regions = regions;
    }

    public List<PolicyViolation> validate(String sourceRegion, PolicyRules rules) {
        List<PolicyViolation> violations = new ArrayList<>();
        Optional<Region> source = regions.find(sourceRegion);
        if (source.isEmpty()) {
            violations.add(new PolicyViolation("region", MessageKeys.POLICY_UNKNOWN_REGION, Map.of("region", String.valueOf(sourceRegion))));
        }
        for (String region : rules.transfers()) {
            knownRegion("transfers", region, violations);
        }
        for (DataClass dataClass : DataClass.values()) {
            String storageField = "storage." + dataClass.name();
            String processingField = "processing." + dataClass.name();
            rules.storage(dataClass).forEach(region -> knownRegion(storageField, region, violations));
            for (String region : rules.processing(dataClass)) {
                if (knownRegion(processingField, region, violations) && !rules.storage(dataClass).contains(region)) {
                    violations.add(new PolicyViolation(processingField, MessageKeys.POLICY_PROCESSING_WITHOUT_STORAGE,
                            Map.of("region", region, "dataClass", dataClass.name())));
                }
            }
            if (dataClass.personal() && source.isPresent()) {
                for (String region : rules.storage(dataClass)) {
                    regions.find(region).filter(target -> target.jurisdiction() != source.get().jurisdiction())
                            .filter(target -> !rules.transfers().contains(target.code()))
                            .ifPresent(target -> violations.add(new PolicyViolation(storageField,
                                    MessageKeys.POLICY_TRANSFER_NOT_PERMITTED, Map.of("from", sourceRegion, "to", region))));
                }
            }
        }
        looserThan(rules.storage(DataClass.SENSITIVE_PERSONAL), rules.storage(DataClass.PERSONAL),
                "storage.SENSITIVE_PERSONAL", violations);
        looserThan(rules.processing(DataClass.SENSITIVE_PERSONAL), rules.processing(DataClass.PERSONAL),
                "processing.SENSITIVE_PERSONAL", violations);
        retention("inferenceLogRetentionDays", rules.inferenceLogRetentionDays(), violations);
        retention("datasetRetentionDays", rules.datasetRetentionDays(), violations);
        return violations;
    }

    private boolean knownRegion(String field, String region, List<PolicyViolation> violations) {
        if (regions.find(region).isPresent()) {
            return true;
        }
        violations.add(new PolicyViolation(field, MessageKeys.POLICY_UNKNOWN_REGION, Map.of("region", String.valueOf(region))));
        return false;
    }

    private static void looserThan(Set<String> sensitive, Set<String> personal, String field, List<PolicyViolation> violations) {
        for (String region : sensitive) {
            if (!personal.contains(region)) {
                violations.add(new PolicyViolation(field, MessageKeys.POLICY_SENSITIVE_LOOSER, Map.of("region", region)));
            }
        }
    }

    private static void retention(String field, int days, List<PolicyViolation> violations) {
        if (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
            violations.add(new PolicyViolation(field, MessageKeys.POLICY_RETENTION_OUT_OF_RANGE,
                    Map.of("min", MIN_RETENTION_DAYS, "max", MAX_RETENTION_DAYS)));
        }
    }
}
