package io.meridian.compliance.policy;

import io.meridian.compliance.RegionCatalog;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyValidatorTest {

    private final RegionCatalog regions = RegionCatalog.standard();
    private final PolicyValidator validator = new PolicyValidator(regions);
    private final DefaultPolicies defaults = new DefaultPolicies(regions);

    @Test
    void everyShippedDefaultIsConsistent() {
        for (String region : regions.codes()) {
            assertThat(validator.validate(region, defaults.forRegion(region))).as(region).isEmpty();
        }
    }

    private PolicyRules euWith(Map<DataClass, Set<String>> storage, Map<DataClass, Set<String>> processing, int logDays) {
        PolicyRules base = defaults.forRegion("eu-west");
        Map<DataClass, Set<String>> s = new EnumMap<>(base.storage());
        s.putAll(storage);
        Map<DataClass, Set<String>> p = new EnumMap<>(base.processing());
        p.putAll(processing);
        return new PolicyRules(s, p, base.transfers(), base.piiTreatment(), false, logDays, 365);
    }

    @Test
    void processingWhereStorageIsDeniedIsAContradiction() {
        var violations = validator.validate("eu-west", euWith(Map.of(DataClass.PERSONAL, Set.of("eu-west")),
                Map.of(DataClass.PERSONAL, Set.of("eu-west", "eu-central")), 30));
        assertThat(violations).extracting(PolicyViolation::field, PolicyViolation::key)
                .contains(org.assertj.core.groups.Tuple.tuple("processing.PERSONAL", "policy.processing-without-storage"));
    }

    @Test
    void unknownRegionsAndCrossBorderStorageWithoutTransferAreNamed() {
        var violations = validator.validate("eu-west", euWith(Map.of(DataClass.PERSONAL, Set.of("eu-west", "us-east", "moon-1")),
                Map.of(), 30));
        assertThat(violations).extracting(PolicyViolation::field, PolicyViolation::key).contains(
                org.assertj.core.groups.Tuple.tuple("storage.PERSONAL", "policy.unknown-region"),
                org.assertj.core.groups.Tuple.tuple("storage.PERSONAL", "policy.transfer-not-permitted"));
    }

    @Test
    void sensitiveDataCannotBeAllowedWherePersonalDataIsNot() {
        var violations = validator.validate("eu-west", euWith(Map.of(DataClass.PERSONAL, Set.of("eu-west"),
                DataClass.SENSITIVE_PERSONAL, Set.of("eu-west", "eu-central")), Map.of(DataClass.PERSONAL, Set.of("eu-west"),
                DataClass.SENSITIVE_PERSONAL, Set.of("eu-west")), 30));
        assertThat(violations).extracting(PolicyViolation::key).containsExactly("policy.sensitive-looser-than-personal");
    }

    @Test
    void retentionMustBeInRange() {
        assertThat(validator.validate("eu-west", euWith(Map.of(), Map.of(), 0)))
                .extracting(PolicyViolation::field).containsExactly("inferenceLogRetentionDays");
        assertThat(validator.validate("atlantis", defaults.forRegion("eu-west")))
                .extracting(PolicyViolation::field).containsExactly("region");
    }
}
