package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class LoginTest extends ApiTest {

    private Api.Response login(String tenant, String email, String password) {
        return api.post("/api/v1/auth/login", As.ANONYMOUS,
                api.toJson(Map.of("tenant", tenant, "email", email, "password", password)));
    }

    @Test
    void aSeededUserLogsInAndTheTokenIdentifiesThem() {
        Api.Response response = login("demo", "Scientist@demo.example.com ", DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("tokenType")).isEqualTo("Bearer");
        assertThat(response.get("expiresIn")).isEqualTo(3600);

        Api.Response me = api.get("/api/v1/me", As.bearer(response.string("accessToken")));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("kind")).isEqualTo("user");
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) me.get("user");
        assertThat(user.get("email")).isEqualTo("scientist@demo.example.com");
        assertThat(user.get("roles")).isEqualTo(java.util.List.of("DATA_SCIENTIST"));
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsTheOneRecorded() {
        // the tests connect over loopback, a trusted proxy by default (where the console runs in the quickstart)
        Api.Response response = api.post("/api/v1/auth/login", As.ANONYMOUS.header("X-Forwarded-For", "192.0.2.1, 203.0.113.7"),
                api.toJson(Map.of("tenant", "demo", "email", "compliance@demo.example.com", "password", DEMO_PASSWORD)));
        assertThat(response.status()).isEqualTo(200);
        String user = "user:" + ((Map<?, ?>) api.get("/api/v1/me", As.bearer(response.string("accessToken"))).get("user")).get("id");
        var logins = api.get("/api/v1/audit?action=auth.login&subject=" + user + "&limit=1",
                As.bearer(response.string("accessToken"))).items();
        assertThat(logins).hasSize(1);
        assertThat(String.valueOf(logins.getFirst().get("details"))).contains("203.0.113.7").doesNotContain("192.0.2.1");
    }

    @Test
    void wrongPasswordUnknownEmailAndUnknownTenantFailAlike() {
        for (Api.Response failed : new Api.Response[] {
                login("demo", "viewer@demo.example.com", "not the password at all"),
                login("demo", "nobody@demo.example.com", DEMO_PASSWORD),
                login("no-such-tenant", "viewer@demo.example.com", DEMO_PASSWORD)}) {
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.problemCode()).isEqualTo("invalid-credentials");
            assertThat(failed.map()).doesNotContainKey("accessToken");
        }
    }

    @Test
    void failedLoginsAreThrottledPerAccountEvenForTheRightPassword() {
        String slug = unique("throttle");
        newTenantAdmin(slug);
        String email = "admin@" + slug + ".example.com";
        for (int i = 0; i < 3; i++) {
            assertThat(login(slug, email, "wrong password " + i).status()).isEqualTo(401);
        }
        Api.Response blocked = login(slug, email, "correct horse battery staple");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.problemCode()).isEqualTo("too-many-login-attempts");
        assertThat(Integer.parseInt(blocked.headers().firstValue("Retry-After").orElseThrow())).isPositive();

        // another account is not affected
        assertThat(login("demo", "viewer@demo.example.com", DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void missingFieldsAndMalformedBodiesAreProblems() {
        Api.Response missing = api.post("/api/v1/auth/login", As.ANONYMOUS, "{\"tenant\":\"demo\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemCode()).isEqualTo("invalid-input");
        assertThat(missing.body()).contains("email", "password");

        Api.Response malformed = api.post("/api/v1/auth/login", As.ANONYMOUS, "{\"tenant\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemCode()).isEqualTo("malformed-request");
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        Api.Response failed = api.post("/api/v1/auth/login", As.ANONYMOUS.language("de-AT,de;q=0.9,en;q=0.5"),
                api.toJson(Map.of("tenant", "demo", "email", "viewer@demo.example.com", "password", "nope nope nope")));
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(failed.string("title")).isEqualTo("Anmeldung fehlgeschlagen");
        assertThat(failed.string("type")).isEqualTo("urn:meridian:problem:invalid-credentials");
    }
}
