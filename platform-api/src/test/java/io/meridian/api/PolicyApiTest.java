package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Policies over HTTP: defaults, versions, history, diff, validation, roles, tenants, dry-run. */
@MicronautTest
class PolicyApiTest extends ApiTest {

    private String slug;
    private String admin;
    private String compliance;
    private String viewer;

    @BeforeAll
    void tenantWithAComplianceAdmin() {
        api = new Api(server.getURL(), json);
        slug = unique("policy");
        admin = newTenantAdmin(slug);
        compliance = userWithRole("compliance", "COMPLIANCE_ADMIN");
        viewer = userWithRole("viewer", "VIEWER");
    }

    private String userWithRole(String name, String role) {
        return userWithRole(slug, admin, name, role);
    }

    /** The EU default with personal data also allowed in us-east by transfer. */
    private static String euWithUsTransfer(String reason) {
        return """
                {"reason": "%s", "rules": {
                  "storage": {"PUBLIC": ["eu-west","eu-central","us-east","ap-southeast","cn-north"], "INTERNAL": ["eu-west","eu-central","us-east","ap-southeast"],
                              "PERSONAL": ["eu-west","eu-central","us-east"], "SENSITIVE_PERSONAL": ["eu-west","eu-central"]},
                  "processing": {"PUBLIC": ["eu-west","eu-central","us-east","ap-southeast","cn-north"], "INTERNAL": ["eu-west","eu-central","us-east","ap-southeast"],
                                 "PERSONAL": ["eu-west","eu-central","us-east"], "SENSITIVE_PERSONAL": ["eu-west","eu-central"]},
                  "transfers": ["us-east"],
                  "piiTreatment": {"EMAIL": "PSEUDONYMIZE", "IBAN": "REDACT", "CN_RESIDENT_ID": "BLOCK"},
                  "logInferenceInputs": false, "inferenceLogRetentionDays": 14, "datasetRetentionDays": 365}}
                """.formatted(reason);
    }

    private Api.Response dryRun(String token, String language, String body) {
        return api.post("/api/v1/policies/dry-run", As.bearer(token).language(language), body);
    }

    @Test
    void everyRegionStartsWithItsJurisdictionsDefault() {
        Api.Response regions = api.get("/api/v1/regions", As.bearer(viewer));
        assertThat(regions.body()).contains("\"code\":\"cn-north\"", "\"jurisdiction\":\"CN_PIPL\"");

        Api.Response policies = api.get("/api/v1/policies", As.bearer(viewer));
        assertThat(policies.status()).isEqualTo(200);
        assertThat(policies.body()).contains("\"region\":\"eu-west\",\"version\":0,\"isDefault\":true");
        Api.Response cn = api.get("/api/v1/policies/cn-north", As.bearer(viewer));
        assertThat(cn.body()).contains("\"PERSONAL\":[\"cn-north\"]");
    }

    @Test
    void aChangeIsANewVersionWithHistoryDiffAndAuditAndChangesTheDryRun() {
        String question = "{\"action\":\"PROCESS\",\"dataClass\":\"PERSONAL\",\"sourceRegion\":\"eu-central\",\"targetRegion\":\"us-east\"}";
        Api.Response before = dryRun(compliance, "de", question);
        assertThat(before.string("outcome")).isEqualTo("DENY");
        assertThat(before.body()).contains("Personenbezogene Daten aus eu-central dürfen nicht nach us-east übermittelt werden.");
        assertThat(before.get("policyVersion")).isEqualTo(0);

        Api.Response saved = api.send("PUT", "/api/v1/policies/eu-central", As.bearer(compliance), euWithUsTransfer("US support team"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.get("version")).isEqualTo(1);
        assertThat(saved.string("reason")).isEqualTo("US support team");

        Api.Response after = dryRun(compliance, "en", question);
        assertThat(after.string("outcome")).isEqualTo("ALLOW");
        assertThat(after.get("policyVersion")).isEqualTo(1);

        Api.Response history = api.get("/api/v1/policies/eu-central/versions", As.bearer(viewer));
        assertThat(history.body()).contains("\"version\":1", "\"version\":0");
        Api.Response diff = api.get("/api/v1/policies/eu-central/diff?from=0&to=1", As.bearer(viewer));
        assertThat(diff.body()).contains("\"field\":\"transfers\",\"before\":[],\"after\":[\"us-east\"]",
                "\"field\":\"inferenceLogRetentionDays\",\"before\":30,\"after\":14");

        Api.Response audit = api.get("/api/v1/audit?action=policy.version-created", As.bearer(compliance));
        assertThat(audit.items()).singleElement().satisfies(entry -> {
            assertThat(entry.get("subject")).isEqualTo("policy:eu-central");
            assertThat((String) entry.get("details")).contains("US support team");
        });
    }

    @Test
    void proposedRulesCanBeTriedBeforeSaving() {
        String proposed = euWithUsTransfer("x").replaceFirst("^\\s*\\{\"reason\": \"x\", \"rules\": ", "").trim();
        proposed = proposed.substring(0, proposed.length() - 1);
        Api.Response blocked = dryRun(compliance, "en", "{\"action\":\"STORE\",\"dataClass\":\"PERSONAL\",\"sourceRegion\":\"eu-west\","
                + "\"targetRegion\":\"eu-west\",\"piiFound\":[\"CN_RESIDENT_ID\"],\"rules\":" + proposed + "}");
        assertThat(blocked.string("outcome")).isEqualTo("DENY");
        assertThat(blocked.body()).contains("decision.pii-blocked", "CN_RESIDENT_ID");
        assertThat(api.get("/api/v1/policies/eu-west", As.bearer(viewer)).get("version")).isEqualTo(0);
    }

    @Test
    void contradictoryOrMalformedPoliciesNameTheFieldAndWriteNothing() {
        String contradictory = euWithUsTransfer("bad").replace("\"processing\": {\"PUBLIC\"", "\"processing\": {\"SECRET\": [\"eu-west\"], \"PUBLIC\"")
                .replace("\"transfers\": [\"us-east\"]", "\"transfers\": []")
                .replace("\"SENSITIVE_PERSONAL\": [\"eu-west\",\"eu-central\"]},\n  \"transfers\"", "\"SENSITIVE_PERSONAL\": [\"eu-west\",\"eu-central\",\"moon-1\"]},\n  \"transfers\"");
        Api.Response unknownClass = api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance), contradictory);
        assertThat(unknownClass.status()).isEqualTo(400);
        assertThat(unknownClass.body()).contains("rules.processing.SECRET");

        String crossBorder = euWithUsTransfer("bad").replace("\"transfers\": [\"us-east\"]", "\"transfers\": []");
        Api.Response refused = api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance), crossBorder);
        assertThat(refused.problemCode()).isEqualTo("invalid-input");
        assertThat(refused.body()).contains("\"field\":\"rules.storage.PERSONAL\"", "crosses a border");

        String processingWithoutStorage = euWithUsTransfer("bad").replace(
                "\"PERSONAL\": [\"eu-west\",\"eu-central\",\"us-east\"], \"SENSITIVE_PERSONAL\": [\"eu-west\",\"eu-central\"]},\n  \"processing\"",
                "\"PERSONAL\": [\"eu-west\"], \"SENSITIVE_PERSONAL\": [\"eu-west\"]},\n  \"processing\"");
        Api.Response contradiction = api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance).language("de"), processingWithoutStorage);
        assertThat(contradiction.body()).contains("\"field\":\"rules.processing.PERSONAL\"", "erfordert dort eine Speicherung");

        Api.Response badTreatment = api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance),
                euWithUsTransfer("bad").replace("\"IBAN\": \"REDACT\"", "\"IBAN\": \"SHRED\", \"PASSPORT\": \"REDACT\""));
        assertThat(badTreatment.body()).contains("rules.piiTreatment.IBAN", "rules.piiTreatment.PASSPORT");

        assertThat(api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance), "{\"reason\":\"x\",\"rules\":{").problemCode())
                .isEqualTo("malformed-request");
        assertThat(api.send("PUT", "/api/v1/policies/eu-west", As.bearer(compliance), "{\"reason\":\"x\"}").body())
                .contains("\"field\":\"rules\"");
        assertThat(api.get("/api/v1/policies/eu-west/versions", As.bearer(viewer)).body()).doesNotContain("\"version\":1");
    }

    @Test
    void onlyComplianceAndTenantAdminsChangePolicies() {
        assertThat(api.send("PUT", "/api/v1/policies/ap-southeast", As.bearer(viewer), euWithUsTransfer("x")).status()).isEqualTo(403);
        String scientist = userWithRole("scientist-" + unique("s"), "DATA_SCIENTIST");
        assertThat(api.send("PUT", "/api/v1/policies/ap-southeast", As.bearer(scientist), euWithUsTransfer("x")).status()).isEqualTo(403);
        assertThat(dryRun(viewer, "en", "{}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", As.bearer(viewer)).status()).isEqualTo(403);
    }

    @Test
    void unknownRegionsAndOtherTenantsVersionsAreNotFound() {
        assertThat(api.get("/api/v1/policies/mars-1", As.bearer(viewer)).problemCode()).isEqualTo("not-found");
        assertThat(api.send("PUT", "/api/v1/policies/mars-1", As.bearer(compliance), euWithUsTransfer("x")).status()).isEqualTo(404);

        String otherAdmin = newTenantAdmin(unique("other-policy"));
        Api.Response theirs = api.send("PUT", "/api/v1/policies/us-east", As.bearer(otherAdmin), usDefaultPlusReason());
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/policies/us-east/versions/1", As.bearer(viewer)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/policies/us-east", As.bearer(viewer)).get("version")).isEqualTo(0);
    }

    @Test
    void dryRunInputIsValidated() {
        Api.Response bad = dryRun(compliance, "en", "{\"action\":\"FLY\",\"dataClass\":\"SECRET\",\"sourceRegion\":\"eu-west\","
                + "\"targetRegion\":\"eu-west\",\"piiFound\":[\"PASSPORT\"]}");
        assertThat(bad.problemCode()).isEqualTo("invalid-input");
        assertThat(bad.body()).contains("\"field\":\"action\"", "\"field\":\"dataClass\"", "\"field\":\"piiFound\"");
        Api.Response unknownSource = dryRun(compliance, "en", "{\"action\":\"STORE\",\"dataClass\":\"PUBLIC\",\"sourceRegion\":\"mars-1\",\"targetRegion\":\"eu-west\"}");
        assertThat(unknownSource.body()).contains("\"field\":\"sourceRegion\"");
    }

    private String usDefaultPlusReason() {
        Map<?, ?> current = api.get("/api/v1/policies/us-east", As.bearer(viewer)).map();
        return api.toJson(Map.of("reason", "start from the default", "rules", current.get("rules")));
    }

}
