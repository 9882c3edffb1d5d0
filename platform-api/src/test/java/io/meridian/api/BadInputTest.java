package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of bad input is a clear 4xx problem document, and nothing is written. */
@MicronautTest
class BadInputTest extends ApiTest {

    @Inject
    TokenGenerator tokens;

    private String platformAdmin;
    private String admin;
    private String slug;

    @BeforeAll
    void logIn() {
        api = new Api(server.getURL(), json);
        platformAdmin = demoToken("platform-admin");
        slug = unique("bad");
        admin = newTenantAdmin(slug);
    }

    private long users() {
        return ((Number) api.get("/api/v1/users", As.bearer(admin)).get("total")).longValue();
    }

    private long tenants() {
        return ((Number) api.get("/api/v1/tenants", As.bearer(platformAdmin)).get("total")).longValue();
    }

    private String user(String email, String name, String password) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"VIEWER\"]}";
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongMediaType() {
        long before = users();
        assertThat(api.post("/api/v1/users", As.bearer(admin), "{\"email\": [").problemCode()).isEqualTo("malformed-request");
        Api.Response unknown = api.post("/api/v1/users", As.bearer(admin),
                "{\"email\":\"x@y.example.com\",\"displayName\":\"X\",\"password\":\"a long enough password\",\"roles\":[\"VIEWER\"],\"isAdmin\":true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemCode()).isEqualTo("unknown-field");
        assertThat(unknown.string("detail")).contains("isAdmin");
        Api.Response wrongType = api.send("POST", "/api/v1/users", As.bearer(admin).withContentType("text/plain"), "hello");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.problemCode()).isEqualTo("unsupported-media-type");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void overLongStringsInvalidEmailsAndShortPasswordsNameTheirFields() {
        long before = users();
        Api.Response response = api.post("/api/v1/users", As.bearer(admin),
                user("not-an-email", "n".repeat(201), "short"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("invalid-input");
        assertThat(response.string("detail")).isEqualTo("3 fields are invalid.");
        assertThat(response.body()).contains("\"field\":\"email\"", "\"field\":\"displayName\"", "\"field\":\"password\"",
                "must be at most 200 characters", "at least 12 characters");

        Api.Response longEmail = api.post("/api/v1/users", As.bearer(admin),
                user("a".repeat(250) + "@x.example.com", "Long", "a long enough password"));
        assertThat(longEmail.problemCode()).isEqualTo("invalid-input");

        Api.Response badRoles = api.post("/api/v1/users", As.bearer(admin).language("de"),
                "{\"email\":\"r@x.example.com\",\"displayName\":\"R\",\"password\":\"a long enough password\",\"roles\":[\"ROOT\"],\"preferredLocale\":\"xx\"}");
        assertThat(badRoles.problemCode()).isEqualTo("invalid-input");
        assertThat(badRoles.body()).contains("roles enthält eine unbekannte Rolle", "preferredLocale ist keine unterstützte Sprache");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void duplicateEmailsAndSlugsConflict() {
        String body = user("dup@" + slug + ".example.com", "Dup", "a long enough password");
        assertThat(api.post("/api/v1/users", As.bearer(admin), body).status()).isEqualTo(201);
        long before = users();
        Api.Response again = api.post("/api/v1/users", As.bearer(admin), body.replace("dup@", "DUP@"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("conflict");
        assertThat(again.string("detail")).contains("dup@" + slug + ".example.com");
        assertThat(users()).isEqualTo(before);

        long tenantsBefore = tenants();
        Api.Response taken = api.post("/api/v1/tenants", As.bearer(platformAdmin), "{\"slug\":\"" + slug + "\",\"name\":\"Again\","
                + "\"homeRegion\":\"eu-west\",\"admin\":{\"email\":\"new@new.example.com\",\"displayName\":\"N\",\"password\":\"a long enough password\"}}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problemCode()).isEqualTo("conflict");
        assertThat(tenants()).isEqualTo(tenantsBefore);
    }

    @Test
    void invalidTenantsAreRefusedWhole() {
        long before = tenants();
        Map<String, String> bad = Map.of(
                "{\"slug\":\"Bad Slug!\",\"name\":\"X\",\"homeRegion\":\"eu-west\",\"admin\":{\"email\":\"a@b.example.com\",\"displayName\":\"A\",\"password\":\"a long enough password\"}}", "slug",
                "{\"slug\":\"" + unique("ok") + "\",\"name\":\"X\",\"homeRegion\":\"mars-1\",\"admin\":{\"email\":\"a@b.example.com\",\"displayName\":\"A\",\"password\":\"a long enough password\"}}", "homeRegion",
                "{\"slug\":\"" + unique("ok") + "\",\"name\":\"X\",\"homeRegion\":\"eu-west\",\"admin\":{\"email\":\"nope\",\"displayName\":\"A\",\"password\":\"a long enough password\"}}", "admin.email",
                "{\"slug\":\"" + unique("ok") + "\",\"name\":\"X\",\"homeRegion\":\"eu-west\"}", "admin");
        bad.forEach((body, field) -> {
            Api.Response refused = api.post("/api/v1/tenants", As.bearer(platformAdmin), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.problemCode()).isEqualTo("invalid-input");
            assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
        });
        assertThat(tenants()).isEqualTo(before);
    }

    @Test
    void missingGarbageAndExpiredCredentials() {
        assertThat(api.get("/api/v1/me", As.ANONYMOUS).problemCode()).isEqualTo("unauthenticated");
        assertThat(api.get("/api/v1/me", As.bearer("not.a.jwt")).problemCode()).isEqualTo("unauthenticated");

        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "00000000-0000-0000-0000-000000000000");
        claims.put("exp", Instant.now().minusSeconds(60).getEpochSecond());
        String expired = tokens.generateToken(claims).orElseThrow();
        Api.Response refused = api.get("/api/v1/me", As.bearer(expired));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("credentials-expired");

        String forged = tokens.generateToken(Authentication.build("x"), 60).orElseThrow();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
        assertThat(api.get("/api/v1/me", As.bearer(tampered)).problemCode()).isEqualTo("unauthenticated");
    }

    @Test
    void unknownRoutesAndBadParameters() {
        assertThat(api.get("/api/v1/nothing-here", As.bearer(admin)).problemCode()).isEqualTo("not-found");
        assertThat(api.get("/api/v1/users/not-a-uuid", As.bearer(admin)).problemCode()).isEqualTo("invalid-parameter");
        assertThat(api.get("/api/v1/users?limit=100000", As.bearer(admin)).problemCode()).isEqualTo("invalid-input");
        assertThat(api.send("PUT", "/api/v1/users", As.bearer(admin), "{}").problemCode()).isEqualTo("method-not-allowed");
    }
}
