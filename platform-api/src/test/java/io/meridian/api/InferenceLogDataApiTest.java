package io.meridian.api;

import io.meridian.api.retention.RetentionJob;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.Registry;
import io.meridian.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inference log under the compliance rules: the retention job deletes rows past their source
 * region's retention, and data-subject requests find and erase the rows that hold the subject.
 * Rows are written as the owner, aged or holding what the serving path would never write (an
 * identifier left in clear), as the tests need them.
 */
@MicronautTest
class InferenceLogDataApiTest extends ApiTest {

    @Inject
    RetentionJob retention;

    private UUID tenantId;
    private String admin;
    private String compliance;
    private String scientist;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("meridian.subjects.inference-log-page", "2"); // the scan pages through the rows
        return properties;
    }

    @BeforeAll
    void tenant() throws SQLException {
        api = new Api(server.getURL(), json);
        String slug = unique("inference-data");
        admin = newTenantAdmin(slug);
        compliance = userWithRole(slug, admin, "compliance", "COMPLIANCE_ADMIN");
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        try (Connection owner = TestDatabase.connectAsOwner(); PreparedStatement query = owner.prepareStatement("select id from tenants where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                tenantId = row.getObject(1, UUID.class);
            }
        }
    }

    private UUID model(String name) throws SQLException {
        Api.Response created = new Registry(api).createModel(scientist, name, "");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // the API names models by name; the log rows need the id
        try (Connection owner = TestDatabase.connectAsOwner();
             PreparedStatement query = owner.prepareStatement("select id from models where tenant_id = ? and name = ?")) {
            query.setObject(1, tenantId);
            query.setString(2, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** One log row of the model, {@code daysOld} days old, its version's data from {@code sourceRegion}. */
    private UUID logged(UUID model, String name, String sourceRegion, int daysOld, String input, String output) throws SQLException {
        return logged(model, name, sourceRegion, sourceRegion, daysOld, input, output);
    }

    private UUID logged(UUID model, String name, String servedIn, String sourceRegion, int daysOld, String input, String output)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection owner = TestDatabase.connectAsOwner(); PreparedStatement insert = owner.prepareStatement("""
                insert into inference_logs (tenant_id, id, at, region, source_region, model_id, model_name, version, caller, locale,
                    rows, latency_us, decision, input, output)
                values (?, ?, now() - make_interval(days => ?), ?, ?, ?, ?, 1, 'api-key:test', 'en', 1, 120, 'ALLOW',
                    cast(? as jsonb), cast(? as jsonb))""")) {
            insert.setObject(1, tenantId);
            insert.setObject(2, id);
            insert.setInt(3, daysOld);
            insert.setString(4, servedIn);
            insert.setString(5, sourceRegion);
            insert.setObject(6, model);
            insert.setString(7, name);
            insert.setString(8, input);
            insert.setString(9, output);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private List<UUID> rowsOf(UUID model) throws SQLException {
        try (Connection owner = TestDatabase.connectAsOwner();
             PreparedStatement query = owner.prepareStatement("select id from inference_logs where model_id = ?")) {
            query.setObject(1, model);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static final String OUTPUT = "[{\"label\":\"yes\",\"probabilities\":{\"yes\":0.8,\"no\":0.2}}]";

    @Test
    void retentionDeletesRowsPastTheirSourceRegionsRetentionAndAuditsOnlyCounts() throws SQLException {
        String name = unique("aged");
        UUID model = model(name);
        // the defaults keep inference logs 30 days for EU data, 90 days for US data; where it was served does not count
        UUID euExpired = logged(model, name, "us-east", "eu-west", 45, null, OUTPUT);
        UUID euKept = logged(model, name, "eu-west", 10, null, OUTPUT);
        UUID usKept = logged(model, name, "eu-west", "us-east", 45, "[{\"note\":\"kept\"}]", OUTPUT);
        UUID usExpired = logged(model, name, "us-east", 120, "[{\"note\":\"expired\"}]", OUTPUT);

        assertThat(retention.run().get("inference-logs")).isGreaterThanOrEqualTo(2);

        assertThat(rowsOf(model)).containsExactlyInAnyOrder(euKept, usKept).doesNotContain(euExpired, usExpired);
        Api.Response audit = api.get("/api/v1/audit?action=inference-log.deleted&actor=system:retention", As.bearer(admin));
        assertThat(audit.items()).extracting(entry -> entry.get("subject"))
                .containsExactlyInAnyOrder("inference-logs:eu-west", "inference-logs:us-east");
        assertThat(audit.body()).contains("retentionDays\\\":30", "retentionDays\\\":90", "rows\\\":1").doesNotContain("expired");
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);

        retention.run();
        assertThat(rowsOf(model)).containsExactlyInAnyOrder(euKept, usKept);
        assertThat(api.get("/api/v1/audit?action=inference-log.deleted&actor=system:retention", As.bearer(admin)).items()).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private Api.Response request(String kind, String email) {
        Api.Response answer = api.post("/api/v1/data-subject-requests", As.bearer(compliance), api.toJson(Map.of("kind", kind,
                "subject", Map.of("value", email), "reason", "ticket DSR-7")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    private static Map<String, Object> holding(Api.Response answer, String field, String id) {
        return list(answer.get(field)).stream().filter(holding -> holding.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no holding " + id + " in " + answer));
    }

    @Test
    void aSubjectsRowsAreExportedAndErasedAndNoOtherRows() throws SQLException {
        String name = unique("support-bot");
        UUID model = model(name);
        String subject = "Lena.Vogel@example.com";
        // inputs as a policy that logs them writes them, an identifier the recognizers missed left in clear
        UUID inInput = logged(model, name, "us-east", 1, "[{\"ticket\":\"call back lena.vogel@example.com today\",\"x1\":1.5}]", OUTPUT);
        UUID inOutput = logged(model, name, "eu-west", 1, null, "[{\"label\":\"lena.vogel@example.com\",\"probabilities\":{}}]");
        UUID redacted = logged(model, name, "us-east", 1, "[{\"ticket\":\"call back [REDACTED] today\",\"x1\":1.5}]", OUTPUT);
        UUID someoneElse = logged(model, name, "us-east", 1, "[{\"ticket\":\"call back lena.vogel@example.org\",\"x1\":1.5}]", OUTPUT);

        Api.Response export = request("EXPORT", subject);

        Map<String, Object> us = holding(export, "holdings", model + "/us-east");
        assertThat(us).containsEntry("source", "inference-log").containsEntry("name", name).containsEntry("region", "us-east")
                .containsEntry("columns", List.of("id", "at", "model", "version", "input", "output"));
        assertThat(list(us.get("records"))).singleElement().satisfies(record -> {
            assertThat(record).containsEntry("matches", List.of(Map.of("column", "input", "form", "CLEAR")));
            assertThat(record.get("values").toString()).contains(inInput.toString(), "lena.vogel@example.com", name);
        });
        assertThat(list(holding(export, "holdings", model + "/eu-west").get("records"))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("matches", List.of(Map.of("column", "output", "form", "CLEAR"))));
        // us-east logged inputs with personal data redacted: the subject may be there unseen
        assertThat(list(export.get("unsearchable"))).extracting(each -> each.get("id") + ":" + each.get("reason"))
                .contains(model + "/us-east:REDACTED").doesNotContain(model + "/eu-west:REDACTED");
        assertThat(rowsOf(model)).hasSize(4);

        Api.Response erasure = request("ERASE", subject);

        assertThat(holding(erasure, "erased", model + "/us-east")).containsEntry("records", 1).containsEntry("remaining", 2);
        assertThat(holding(erasure, "erased", model + "/eu-west")).containsEntry("records", 1).containsEntry("remaining", 0);
        assertThat(map(erasure.get("request"))).containsEntry("records", 2);
        assertThat(rowsOf(model)).containsExactlyInAnyOrder(redacted, someoneElse).doesNotContain(inInput, inOutput);
        String id = (String) map(erasure.get("request")).get("id");
        Api.Response audit = api.get("/api/v1/audit?action=data-subject.erased&subject=data-subject-request:" + id, As.bearer(admin));
        assertThat(audit.items()).hasSize(1);
        assertThat(audit.body()).contains(model + "/us-east", model + "/eu-west");
        assertThat(api.get("/api/v1/audit?limit=500", As.bearer(admin)).body()).doesNotContainIgnoringCase("lena.vogel");
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);
        assertThat(list(request("EXPORT", subject).get("holdings"))).isEmpty();
    }
}
