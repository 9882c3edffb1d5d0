package io.meridian.api;

import io.meridian.api.security.ApiKeyUsage;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ApiKeyLifecycleTest extends ApiTest {

    @Inject
    ApiKeyUsage usage;

    private String admin;

    @BeforeAll
    void logIn() {
        api = new Api(server.getURL(), json);
        admin = newTenantAdmin(unique("keys"));
    }

    private Api.Response create(String body) {
        return api.post("/api/v1/api-keys", As.bearer(admin), body);
    }

    @Test
    void createdKeyIsShownOnceStoredHashedAndWorks() {
        Api.Response created = create("{\"name\":\"  ci pipeline \",\"scopes\":[\"read\",\"inference\",\"read\"]}");
        assertThat(created.status()).isEqualTo(201);
        String key = created.string("key");
        String id = created.string("id");
        assertThat(key).startsWith("mk_").hasSize(35);
        assertThat(created.string("prefix")).isEqualTo(key.substring(0, 11));
        assertThat(created.string("name")).isEqualTo("ci pipeline");
        assertThat(created.get("scopes")).isEqualTo(java.util.List.of("read", "inference"));
        assertThat(created.string("status")).isEqualTo("ACTIVE");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/api-keys/" + id);
        // default lifetime: 90 days
        assertThat(Instant.parse(created.string("expiresAt")))
                .isBetween(Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));

        Api.Response shown = api.get("/api/v1/api-keys/" + id, As.bearer(admin));
        assertThat(shown.map()).doesNotContainKey("key");
        assertThat(shown.body()).doesNotContain(key.substring(11));

        Api.Response me = api.get("/api/v1/me", As.apiKey(key));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("kind")).isEqualTo("api-key");
        // the OpenAI-style header works too
        assertThat(api.get("/api/v1/tenants/current", As.bearer(key)).status()).isEqualTo(200);

        usage.flush();
        assertThat(api.get("/api/v1/api-keys/" + id, As.bearer(admin)).string("lastUsedAt")).isNotNull();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceWithTheReason() {
        Api.Response created = create("{\"name\":\"to revoke\",\"scopes\":[\"read\"]}");
        String key = created.string("key");
        assertThat(api.get("/api/v1/tenants/current", As.apiKey(key)).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/api-keys/" + created.string("id"), As.bearer(admin)).status()).isEqualTo(204);

        Api.Response refused = api.get("/api/v1/tenants/current", As.apiKey(key));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("credentials-revoked");
        assertThat(api.get("/api/v1/api-keys/" + created.string("id"), As.bearer(admin)).string("status")).isEqualTo("REVOKED");
        // revoking again changes nothing
        assertThat(api.delete("/api/v1/api-keys/" + created.string("id"), As.bearer(admin)).status()).isEqualTo(204);
    }

    @Test
    void anExpiredKeyIsRefusedWithTheReason() throws InterruptedException {
        Instant soon = Instant.now().plusMillis(1500);
        Api.Response created = create("{\"name\":\"short\",\"scopes\":[\"read\"],\"expiresAt\":\"" + soon + "\"}");
        assertThat(created.status()).isEqualTo(201);
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 100);

        Api.Response refused = api.get("/api/v1/tenants/current", As.apiKey(created.string("key")));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("credentials-expired");
        assertThat(api.get("/api/v1/api-keys/" + created.string("id"), As.bearer(admin)).string("status")).isEqualTo("EXPIRED");
    }

    @Test
    void anUnknownKeyIsRefused() {
        Api.Response refused = api.get("/api/v1/tenants/current", As.apiKey("mk_00000000000000000000000000000000"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("invalid-api-key");
    }

    @Test
    void badKeyRequestsWriteNothing() {
        long before = api.get("/api/v1/api-keys", As.bearer(admin)).items().size();
        Map<String, String> bad = Map.of(
                "{\"name\":\"x\",\"scopes\":[\"admin\"]}", "scopes",
                "{\"name\":\"x\",\"scopes\":[]}", "scopes",
                "{\"name\":\"x\",\"scopes\":[\"read\"],\"expiresAt\":\"2001-01-01T00:00:00Z\"}", "expiresAt",
                "{\"name\":\"" + "n".repeat(101) + "\",\"scopes\":[\"read\"]}", "name",
                "{\"name\":\"   \",\"scopes\":[\"read\"]}", "name");
        bad.forEach((body, field) -> {
            Api.Response refused = create(body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.problemCode()).isEqualTo("invalid-input");
            assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
        });
        assertThat(api.get("/api/v1/api-keys", As.bearer(admin)).items()).hasSize((int) before);
    }
}
