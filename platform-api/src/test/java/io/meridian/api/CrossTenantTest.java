package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's resources answer 404 on every endpoint, and nothing of theirs changes. */
@MicronautTest
class CrossTenantTest extends ApiTest {

    private String intruder;
    private String victim;
    private String victimSlug;
    private String victimUserId;
    private String victimKeyId;
    private String victimKey;

    @BeforeAll
    void twoTenants() {
        api = new Api(server.getURL(), json);
        intruder = newTenantAdmin(unique("intruder"));
        victimSlug = unique("victim");
        victim = newTenantAdmin(victimSlug);
        victimUserId = api.post("/api/v1/users", As.bearer(victim), "{\"email\":\"someone@victim.example.com\","
                + "\"displayName\":\"Someone\",\"password\":\"a long enough password\",\"roles\":[\"VIEWER\"]}").string("id");
        Api.Response key = api.post("/api/v1/api-keys", As.bearer(victim), "{\"name\":\"victim key\",\"scopes\":[\"read\"]}");
        victimKeyId = key.string("id");
        victimKey = key.string("key");
    }

    private void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.problemCode()).isEqualTo("not-found");
    }

    @Test
    void tenantEndpoints() {
        assertNotFound(api.get("/api/v1/tenants/" + victimSlug, As.bearer(intruder)));
        assertNotFound(api.patch("/api/v1/tenants/" + victimSlug, As.bearer(intruder), "{\"name\":\"pwned\"}"));
        assertThat(api.get("/api/v1/tenants", As.bearer(intruder)).body()).doesNotContain(victimSlug);
        assertThat(api.get("/api/v1/tenants/current", As.bearer(victim)).string("name")).isEqualTo("Tenant " + victimSlug);
    }

    @Test
    void userEndpoints() {
        assertNotFound(api.get("/api/v1/users/" + victimUserId, As.bearer(intruder)));
        assertNotFound(api.patch("/api/v1/users/" + victimUserId, As.bearer(intruder), "{\"roles\":[\"TENANT_ADMIN\"]}"));
        assertNotFound(api.delete("/api/v1/users/" + victimUserId, As.bearer(intruder)));
        assertThat(api.get("/api/v1/users", As.bearer(intruder)).body()).doesNotContain(victimUserId);
        assertThat(api.get("/api/v1/users/" + victimUserId, As.bearer(victim)).get("roles")).isEqualTo(java.util.List.of("VIEWER"));
    }

    @Test
    void apiKeyEndpoints() {
        assertNotFound(api.get("/api/v1/api-keys/" + victimKeyId, As.bearer(intruder)));
        assertNotFound(api.delete("/api/v1/api-keys/" + victimKeyId, As.bearer(intruder)));
        assertThat(api.get("/api/v1/api-keys", As.bearer(intruder)).body()).doesNotContain(victimKeyId);
        // the victim's key still works
        assertThat(api.get("/api/v1/tenants/current", As.apiKey(victimKey)).string("slug")).isEqualTo(victimSlug);
    }

    @Test
    void aPlatformAdminSeesEveryTenantButNotTheirUsers() {
        String platformAdmin = demoToken("platform-admin");
        assertThat(api.get("/api/v1/tenants/" + victimSlug, As.bearer(platformAdmin)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tenants?limit=500", As.bearer(platformAdmin)).body()).contains(victimSlug);
        assertNotFound(api.get("/api/v1/users/" + victimUserId, As.bearer(platformAdmin)));
    }
}
