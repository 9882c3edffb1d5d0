package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint against every role: allowed ones succeed, the others get a 403 problem. */
@MicronautTest
class RoleAccessTest extends ApiTest {

    private static final Set<String> EVERYONE = Set.of("platform-admin", "tenant-admin", "compliance", "scientist", "viewer");
    private static final Set<String> ADMINS = Set.of("platform-admin", "tenant-admin");

    private final Map<String, String> tokens = new HashMap<>();

    record Endpoint(String method, String path, Supplier<String> body, int success, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void logIn() {
        api = new Api(server.getURL(), json);
        EVERYONE.forEach(user -> tokens.put(user, demoToken(user)));
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/tenants", () -> null, 200, EVERYONE),
                new Endpoint("GET", "/api/v1/tenants/current", () -> null, 200, EVERYONE),
                new Endpoint("GET", "/api/v1/tenants/demo", () -> null, 200, EVERYONE),
                new Endpoint("POST", "/api/v1/tenants", () -> "{\"slug\":\"" + unique("roles") + "\",\"name\":\"R\",\"homeRegion\":\"eu-central\","
                        + "\"admin\":{\"email\":\"a@b.example.com\",\"displayName\":\"A\",\"password\":\"a long enough password\"}}",
                        201, Set.of("platform-admin")),
                new Endpoint("PATCH", "/api/v1/tenants/demo", () -> "{\"name\":\"Demo Corp\"}", 200, ADMINS),
                new Endpoint("GET", "/api/v1/users", () -> null, 200, ADMINS),
                new Endpoint("POST", "/api/v1/users", () -> "{\"email\":\"" + unique("u") + "@demo.example.com\",\"displayName\":\"U\","
                        + "\"password\":\"a long enough password\",\"roles\":[\"VIEWER\"]}", 201, ADMINS),
                new Endpoint("GET", "/api/v1/api-keys", () -> null, 200, ADMINS),
                new Endpoint("POST", "/api/v1/api-keys", () -> "{\"name\":\"k\",\"scopes\":[\"inference\"]}", 201, ADMINS),
                new Endpoint("GET", "/api/v1/me", () -> null, 200, EVERYONE),
                new Endpoint("PATCH", "/api/v1/me", () -> "{\"preferredLocale\":\"en\"}", 200, EVERYONE));
    }

    static Stream<Arguments> everyRoleOnEveryEndpoint() {
        return endpoints().stream().flatMap(endpoint -> EVERYONE.stream().map(user -> Arguments.of(endpoint, user)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyRoleOnEveryEndpoint")
    void rolesDecide(Endpoint endpoint, String user) {
        Api.Response response = api.send(endpoint.method(), endpoint.path(), As.bearer(tokens.get(user)), endpoint.body().get());
        if (endpoint.allowed().contains(user)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(endpoint.success());
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.problemCode()).isEqualTo("forbidden");
        }
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("endpoints")
    void withoutCredentialsEverythingIs401(Endpoint endpoint) {
        Api.Response response = api.send(endpoint.method(), endpoint.path(), As.ANONYMOUS, endpoint.body().get());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemCode()).isEqualTo("unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @ParameterizedTest(name = "read key {0}")
    @MethodSource("endpoints")
    void aReadKeyMayReadTheTenantAndNothingElse(Endpoint endpoint) {
        String key = createKey(tokens.get("tenant-admin"), "read");
        Api.Response response = api.send(endpoint.method(), endpoint.path(), As.apiKey(key), endpoint.body().get());
        boolean readsTenant = endpoint.method().equals("GET") && endpoint.path().startsWith("/api/v1/tenants")
                || endpoint.method().equals("GET") && endpoint.path().equals("/api/v1/me");
        if (readsTenant) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.problemCode()).isEqualTo("insufficient-scope");
        }
    }

    @Test
    void aTenantAdminCannotMakeAPlatformAdmin() {
        Api.Response response = api.post("/api/v1/users", As.bearer(tokens.get("tenant-admin")),
                "{\"email\":\"" + unique("pa") + "@demo.example.com\",\"displayName\":\"P\","
                        + "\"password\":\"a long enough password\",\"roles\":[\"PLATFORM_ADMIN\"]}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemCode()).isEqualTo("forbidden");
    }

    private String createKey(String adminToken, String scope) {
        Api.Response created = api.post("/api/v1/api-keys", As.bearer(adminToken),
                "{\"name\":\"scoped\",\"scopes\":[\"" + scope + "\"]}");
        assertThat(created.status()).isEqualTo(201);
        return created.string("key");
    }
}
