package io.meridian.api;

import io.meridian.api.seed.DemoSeeder;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class DemoSeederTest extends ApiTest {

    @Inject
    DemoSeeder seeder;

    @Test
    void theDemoTenantHasOneUserOfEachRoleInEuWest() {
        String admin = demoToken("tenant-admin");
        assertThat(api.get("/api/v1/tenants/current", As.bearer(admin)).string("homeRegion")).isEqualTo("eu-west");
        var roles = api.get("/api/v1/users?limit=500", As.bearer(admin)).items().stream()
                .filter(user -> ((String) user.get("email")).endsWith(DemoSeeder.EMAIL_DOMAIN))
                .flatMap(user -> ((java.util.List<?>) user.get("roles")).stream().map(String::valueOf))
                .toList();
        assertThat(roles).containsAll(DemoSeeder.USERS.values());
    }

    @Test
    void seedingAgainChangesNothing() {
        String admin = demoToken("tenant-admin");
        Api.Response before = api.get("/api/v1/users?limit=500", As.bearer(admin));
        Api.Response tenantsBefore = api.get("/api/v1/tenants", As.bearer(demoToken("platform-admin")));

        seeder.seed();
        seeder.seed();

        assertThat(api.get("/api/v1/users?limit=500", As.bearer(admin)).get("total")).isEqualTo(before.get("total"));
        assertThat(api.get("/api/v1/tenants", As.bearer(demoToken("platform-admin"))).get("total")).isEqualTo(tenantsBefore.get("total"));
        assertThat(api.post("/api/v1/auth/login", As.ANONYMOUS, api.toJson(Map.of("tenant", "demo",
                "email", "viewer@demo.example.com", "password", DEMO_PASSWORD))).status()).isEqualTo(200);
    }
}
