package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log: written with each change, filtered, verified, and tamper-evident. */
@MicronautTest
class AuditApiTest extends ApiTest {

    private String slug;
    private String admin;
    private String tenantId;

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("audit");
        admin = newTenantAdmin(slug);
        tenantId = (String) api.get("/api/v1/tenants/current", As.bearer(admin)).get("id");
    }

    @Test
    void changesAreRecordedWithoutSecrets() {
        Api.Response user = api.post("/api/v1/users", As.bearer(admin), "{\"email\":\"eve@" + slug + ".example.com\","
                + "\"displayName\":\"Eve\",\"password\":\"secret password of eve\",\"roles\":[\"VIEWER\"]}");
        Api.Response key = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"audited\",\"scopes\":[\"read\"]}");
        api.delete("/api/v1/api-keys/" + key.string("id"), As.bearer(admin));
        api.patch("/api/v1/users/" + user.string("id"), As.bearer(admin), "{\"password\":\"another password of eve\"}");

        Api.Response log = api.get("/api/v1/audit?limit=500", As.bearer(admin));
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.items()).extracting(entry -> entry.get("action"))
                .contains("tenant.created", "auth.login", "user.created", "api-key.created", "api-key.revoked", "user.updated");
        assertThat(log.body()).doesNotContain("secret password of eve", "another password of eve", key.string("key"))
                .contains("passwordChanged");

        Api.Response filtered = api.get("/api/v1/audit?action=api-key.revoked&subject=api-key:" + key.string("id"), As.bearer(admin));
        assertThat(filtered.items()).hasSize(1);
        assertThat(filtered.items().get(0).get("actor")).asString().startsWith("user:");
    }

    @Test
    void anIntactChainVerifiesAndATamperedEntryIsNamed() throws SQLException {
        api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"one more\",\"scopes\":[\"inference\"]}");
        Api.Response intact = api.get("/api/v1/audit/verify", As.bearer(admin));
        assertThat(intact.get("intact")).isEqualTo(true);
        long entries = ((Number) intact.get("entries")).longValue();
        assertThat(entries).isGreaterThanOrEqualTo(2);

        try (Connection owner = TestDatabase.connectAsOwner();
             PreparedStatement tamper = owner.prepareStatement(
                     "update audit_log set details = '{\"forged\":true}' where tenant_id = ?::uuid and seq = 2")) {
            tamper.setString(1, tenantId);
            assertThat(tamper.executeUpdate()).isEqualTo(1);
        }
        Api.Response broken = api.get("/api/v1/audit/verify", As.bearer(admin));
        assertThat(broken.get("intact")).isEqualTo(false);
        assertThat(broken.get("firstBrokenSeq")).isEqualTo(2);
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorDeleteEntries() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp(); Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.executeQuery("select set_config('app.tenant_id', '" + tenantId + "', true)").close();
            assertThatThrownBy(() -> statement.executeUpdate("update audit_log set details = '{}'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            statement.executeQuery("select set_config('app.tenant_id', '" + tenantId + "', true)").close();
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit_log"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void anotherTenantsLogIsInvisible() {
        String other = newTenantAdmin(unique("audit-other"));
        Api.Response theirs = api.get("/api/v1/audit?limit=500", As.bearer(other));
        assertThat(theirs.body()).doesNotContain("eve@" + slug);
        assertThat(theirs.items()).allSatisfy(entry -> assertThat((String) entry.get("subject")).doesNotContain(slug));
    }

    @Test
    void piiScanFindsAndReplaces() {
        Api.Response scan = api.post("/api/v1/pii/scan", As.bearer(admin),
                api.toJson(Map.of("text", "Kontakt: anna@example.de, IBAN DE89 3704 0044 0532 0130 00")));
        assertThat(scan.status()).isEqualTo(200);
        assertThat(scan.string("replaced")).isEqualTo("Kontakt: <EMAIL>, IBAN <IBAN>");
        assertThat(scan.body()).contains("\"type\":\"EMAIL\",\"start\":9,\"end\":24");
        assertThat(api.post("/api/v1/pii/scan", As.bearer(admin), api.toJson(Map.of("text", "x".repeat(100_001)))).problemCode())
                .isEqualTo("invalid-input");
    }
}
