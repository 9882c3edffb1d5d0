package io.meridian.compliance.policy;

import io.meridian.compliance.RegionCatalog;
import io.meridian.compliance.pii.EntityType;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionPointTest {

    private final RegionCatalog regions = RegionCatalog.standard();
    private final DecisionPoint decisions = new DecisionPoint(regions);
    private final DefaultPolicies defaults = new DefaultPolicies(regions);

    private Decision decide(Action action, DataClass dataClass, String from, String to, EntityType... found) {
        return decisions.decide(new DecisionRequest(action, "dataset:test", dataClass, from, to, Set.of(found)),
                defaults.forRegion(from));
    }

    @Test
    void euPersonalDataStaysInTheEu() {
        Decision inEu = decide(Action.STORE, DataClass.PERSONAL, "eu-west", "eu-central");
        assertThat(inEu.allowed()).isTrue();
        assertThat(inEu.reasons()).extracting(Reason::key).containsExactly("decision.permitted");

        Decision toUs = decide(Action.PROCESS, DataClass.PERSONAL, "eu-west", "us-east");
        assertThat(toUs.allowed()).isFalse();
        assertThat(toUs.reasons()).extracting(Reason::key)
                .containsExactly("decision.region-not-permitted", "decision.transfer-not-permitted");
        assertThat(toUs.reasons().get(1).arguments()).containsEntry("from", "eu-west").containsEntry("to", "us-east");
        assertThat(toUs.obligations()).isEmpty();
    }

    @Test
    void chinesePersonalAndInternalDataStayInCnNorth() {
        assertThat(decide(Action.PROCESS, DataClass.PERSONAL, "cn-north", "cn-north").allowed()).isTrue();
        assertThat(decide(Action.DEPLOY, DataClass.INTERNAL, "cn-north", "ap-southeast").allowed()).isFalse();
        assertThat(decide(Action.SERVE, DataClass.PUBLIC, "cn-north", "eu-west").allowed()).isTrue();
        assertThat(decide(Action.STORE, DataClass.INTERNAL, "eu-west", "cn-north").allowed()).isFalse();
    }

    @Test
    void usPersonalDataMayCrossToPermittedTransferRegionsButSensitiveDataMayNot() {
        assertThat(decide(Action.STORE, DataClass.PERSONAL, "us-east", "eu-west").allowed()).isTrue();
        assertThat(decide(Action.STORE, DataClass.SENSITIVE_PERSONAL, "us-east", "eu-west").allowed()).isFalse();
        assertThat(decide(Action.STORE, DataClass.PERSONAL, "us-east", "cn-north").allowed()).isFalse();
    }

    @Test
    void allowedPersonalDataCarriesThePiiObligations() {
        Decision decision = decide(Action.SERVE, DataClass.PERSONAL, "eu-west", "eu-west", EntityType.EMAIL, EntityType.IBAN);
        assertThat(decision.obligations()).containsExactlyInAnyOrder(
                new Obligation.Redact(Set.of(EntityType.IBAN)), new Obligation.Pseudonymize(Set.of(EntityType.EMAIL)));
        assertThat(decide(Action.SERVE, DataClass.PUBLIC, "eu-west", "eu-west").obligations()).isEmpty();
    }

    @Test
    void loggingFollowsThePolicysInputAndRetentionRules() {
        assertThat(decide(Action.LOG, DataClass.INTERNAL, "eu-west", "eu-west").obligations())
                .containsExactly(new Obligation.OmitInputs(), new Obligation.RetainDays(30));
        assertThat(decide(Action.LOG, DataClass.INTERNAL, "us-east", "us-east").obligations())
                .containsExactly(new Obligation.RetainDays(90));
    }

    @Test
    void blockedPersonalDataIsRefusedWithTheEntity() {
        PolicyRules base = defaults.forRegion("eu-west");
        var treatment = new EnumMap<>(base.piiTreatment());
        treatment.put(EntityType.CN_RESIDENT_ID, Treatment.BLOCK);
        PolicyRules blocking = new PolicyRules(base.storage(), base.processing(), base.transfers(), treatment,
                base.logInferenceInputs(), base.inferenceLogRetentionDays(), base.datasetRetentionDays());
        Decision decision = decisions.decide(new DecisionRequest(Action.STORE, "dataset:x", DataClass.PERSONAL,
                "eu-west", "eu-west", Set.of(EntityType.CN_RESIDENT_ID)), blocking);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.key()).isEqualTo("decision.pii-blocked");
            assertThat(reason.arguments()).containsEntry("entity", "CN_RESIDENT_ID");
        });
    }

    @Test
    void unknownRegionsAreDenied() {
        Decision decision = decisions.decide(new DecisionRequest(Action.STORE, "x", DataClass.PUBLIC, "eu-west", "mars-1", Set.of()),
                defaults.forRegion("eu-west"));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasons()).extracting(Reason::key).containsExactly("decision.unknown-region");
    }
}
