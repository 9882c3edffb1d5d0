package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class UserManagementTest extends ApiTest {

    private String slug;
    private String admin;
    private String adminId;

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("users");
        admin = newTenantAdmin(slug);
        adminId = (String) ((java.util.Map<?, ?>) api.get("/api/v1/me", As.bearer(admin)).get("user")).get("id");
    }

    @Test
    void aTenantAdminManagesUsersFromCreationToDeletion() {
        Api.Response created = api.post("/api/v1/users", As.bearer(admin), "{\"email\":\"Ana@" + slug + ".example.com\","
                + "\"displayName\":\" Ana \",\"password\":\"a long enough password\",\"roles\":[\"DATA_SCIENTIST\"],\"preferredLocale\":\"de\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.string("id");
        assertThat(created.string("email")).isEqualTo("ana@" + slug + ".example.com");
        assertThat(created.string("displayName")).isEqualTo("Ana");
        assertThat(created.map()).doesNotContainKeys("password", "passwordHash");

        String anaToken = api.login(slug, "ana@" + slug + ".example.com", "a long enough password");
        assertThat(api.get("/api/v1/users", As.bearer(anaToken)).status()).isEqualTo(403);

        Api.Response promoted = api.patch("/api/v1/users/" + id, As.bearer(admin), "{\"roles\":[\"DATA_SCIENTIST\",\"COMPLIANCE_ADMIN\"]}");
        assertThat(promoted.get("roles")).isEqualTo(List.of("DATA_SCIENTIST", "COMPLIANCE_ADMIN"));
        assertThat(promoted.string("displayName")).isEqualTo("Ana");

        assertThat(api.get("/api/v1/users", As.bearer(admin)).body()).contains(id);
        assertThat(api.delete("/api/v1/users/" + id, As.bearer(admin)).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/" + id, As.bearer(admin)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/auth/login", As.ANONYMOUS, "{\"tenant\":\"" + slug + "\",\"email\":\"ana@" + slug
                + ".example.com\",\"password\":\"a long enough password\"}").status()).isEqualTo(401);
    }

    @Test
    void theLastTenantAdminCannotBeRemovedOrDemoted() {
        Api.Response demote = api.patch("/api/v1/users/" + adminId, As.bearer(admin), "{\"roles\":[\"VIEWER\"]}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.problemCode()).isEqualTo("last-tenant-admin");
        Api.Response delete = api.delete("/api/v1/users/" + adminId, As.bearer(admin));
        assertThat(delete.problemCode()).isEqualTo("last-tenant-admin");
        assertThat(api.get("/api/v1/users/" + adminId, As.bearer(admin)).get("roles")).isEqualTo(List.of("TENANT_ADMIN"));
    }

    @Test
    void usersEditThemselvesAndNeedTheirPasswordToChangeIt() {
        api.post("/api/v1/users", As.bearer(admin), "{\"email\":\"bo@" + slug + ".example.com\",\"displayName\":\"Bo\","
                + "\"password\":\"first password of bo\",\"roles\":[\"VIEWER\"]}");
        String bo = api.login(slug, "bo@" + slug + ".example.com", "first password of bo");

        Api.Response renamed = api.patch("/api/v1/me", As.bearer(bo), "{\"displayName\":\"Bo B.\",\"preferredLocale\":\"de\"}");
        assertThat(renamed.string("displayName")).isEqualTo("Bo B.");
        assertThat(renamed.string("preferredLocale")).isEqualTo("de");

        Api.Response noCurrent = api.patch("/api/v1/me", As.bearer(bo), "{\"newPassword\":\"second password of bo\"}");
        assertThat(noCurrent.problemCode()).isEqualTo("invalid-input");
        assertThat(noCurrent.body()).contains("\"field\":\"currentPassword\"");
        Api.Response wrongCurrent = api.patch("/api/v1/me", As.bearer(bo),
                "{\"currentPassword\":\"not my password\",\"newPassword\":\"second password of bo\"}");
        assertThat(wrongCurrent.body()).contains("does not match your current password");

        assertThat(api.patch("/api/v1/me", As.bearer(bo),
                "{\"currentPassword\":\"first password of bo\",\"newPassword\":\"second password of bo\"}").status()).isEqualTo(200);
        api.login(slug, "bo@" + slug + ".example.com", "second password of bo");
    }

    @Test
    void thePreferredLocaleIsAnySupportedTagAsWritten() {
        api.post("/api/v1/users", As.bearer(admin), "{\"email\":\"cy@" + slug + ".example.com\",\"displayName\":\"Cy\","
                + "\"password\":\"first password of cy\",\"roles\":[\"VIEWER\"]}");
        String cy = api.login(slug, "cy@" + slug + ".example.com", "first password of cy");
        for (String tag : List.of("en", "zh-CN", "ja", "de", "fr", "es", "pt-BR", "ar")) {
            Api.Response changed = api.patch("/api/v1/me", As.bearer(cy), "{\"preferredLocale\":\"" + tag + "\"}");
            assertThat(changed.status()).as(tag).isEqualTo(200);
            assertThat(changed.string("preferredLocale")).isEqualTo(tag);
        }
        Api.Response traditional = api.patch("/api/v1/me", As.bearer(cy), "{\"preferredLocale\":\"zh-TW\"}");
        assertThat(traditional.problemCode()).isEqualTo("invalid-input");
        assertThat(traditional.body()).contains("preferredLocale is not a supported locale (en, zh-CN, ja, de, fr, es, pt-BR, ar)");
        assertThat(api.get("/api/v1/me", As.bearer(cy)).body()).contains("\"preferredLocale\":\"ar\"");
    }

    @Test
    void listsArePaged() {
        Api.Response page = api.get("/api/v1/users?limit=1&offset=0", As.bearer(admin));
        assertThat(page.items()).hasSize(1);
        assertThat(page.get("limit")).isEqualTo(1);
        assertThat(((Number) page.get("total")).intValue()).isGreaterThanOrEqualTo(1);
    }
}
