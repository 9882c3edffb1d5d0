package io.meridian.api;

import io.meridian.api.database.TenantDb;
import io.meridian.api.policies.PolicyDecisions;
import io.meridian.api.security.Caller;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions taken for real are audited, with their reasons and the policy version they applied. */
@MicronautTest
class PolicyDecisionsTest extends ApiTest {

    @Inject
    PolicyDecisions decisions;
    @Inject
    TenantDb db;

    @Test
    void everyDecisionIsWrittenToTheAuditLog() {
        String slug = unique("decisions");
        String admin = newTenantAdmin(slug);
        Map<?, ?> me = api.get("/api/v1/me", As.bearer(admin)).map();
        UUID tenantId = UUID.fromString((String) ((Map<?, ?>) me.get("tenant")).get("id"));
        UUID userId = UUID.fromString((String) ((Map<?, ?>) me.get("user")).get("id"));
        Caller caller = new Caller(Caller.Kind.USER, userId, tenantId, Set.of("TENANT_ADMIN"));

        Decision denied = db.inTenant(tenantId, handle -> decisions.decide(handle, caller, new DecisionRequest(Action.PROCESS,
                "dataset:churn", DataClass.PERSONAL, "eu-west", "us-east", Set.of())));
        Decision allowed = db.inTenant(tenantId, handle -> decisions.decide(handle, caller, new DecisionRequest(Action.STORE,
                "dataset:churn", DataClass.PERSONAL, "eu-west", "eu-central", Set.of())));
        assertThat(denied.allowed()).isFalse();
        assertThat(allowed.allowed()).isTrue();

        Api.Response log = api.get("/api/v1/audit?action=policy.decision&subject=dataset:churn", As.bearer(admin));
        assertThat(log.items()).hasSize(2);
        assertThat(log.body()).contains("\\\"outcome\\\":\\\"DENY\\\"", "decision.transfer-not-permitted",
                "\\\"outcome\\\":\\\"ALLOW\\\"", "\\\"policyVersion\\\":0");
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);
    }
}
