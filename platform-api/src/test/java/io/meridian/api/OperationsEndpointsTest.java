package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics and the API description are there without credentials. */
@MicronautTest
class OperationsEndpointsTest extends ApiTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        assertThat(api.get("/health/liveness", As.ANONYMOUS).string("status")).isEqualTo("UP");
        assertThat(api.get("/health/readiness", As.ANONYMOUS).string("status")).isEqualTo("UP");
        Api.Response details = api.get("/health", As.bearer(demoToken("viewer")));
        assertThat(details.body()).contains("jdbc");
    }

    @Test
    void prometheusMetricsCountRequests() {
        api.get("/api/v1/tenants/current", As.bearer(demoToken("viewer")));
        Api.Response metrics = api.get("/prometheus", As.ANONYMOUS);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections", "jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentAndItsUiAreServed() {
        Api.Response document = api.get("/swagger/meridian-api-0.1.yml", As.ANONYMOUS);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("openapi: 3", "/api/v1/auth/login", "/api/v1/api-keys", "/api/v1/tenants/{slug}");
        Api.Response ui = api.get("/swagger-ui/index.html", As.ANONYMOUS);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui", "meridian-api-0.1.yml").doesNotContain("unpkg.com", "cdn.");
        assertThat(api.get("/swagger-ui/res/swagger-ui-bundle.js", As.ANONYMOUS).status()).isEqualTo(200);
    }
}
