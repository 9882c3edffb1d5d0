package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell holds the tenants of its own regions only: one homed elsewhere belongs in that region's cell. */
@MicronautTest
class CellTenantsApiTest extends ApiTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("meridian.cell.home-regions", "eu-west,eu-central");
        return properties;
    }

    private Api.Response create(As as, String slug, String homeRegion) {
        return api.post("/api/v1/tenants", as, api.toJson(Map.of("slug", slug, "name", "Tenant " + slug, "homeRegion", homeRegion,
                "admin", Map.of("email", "admin@" + slug + ".example.com", "displayName", "Admin",
                        "password", "correct horse battery staple"))));
    }

    @Test
    void aTenantOfAnotherRegionIsRefusedNamingTheCellsRegions() {
        As platformAdmin = As.bearer(demoToken("platform-admin"));
        String slug = unique("abroad");
        Api.Response refused = create(platformAdmin.language("de"), slug, "us-east");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"homeRegion\"", "eu-west, eu-central", "Zelle");
        assertThat(api.get("/api/v1/tenants/" + slug, platformAdmin).status()).isEqualTo(404);

        assertThat(create(platformAdmin, unique("home"), "eu-central").status()).isEqualTo(201);
    }
}
