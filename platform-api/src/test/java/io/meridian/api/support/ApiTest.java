package io.meridian.api.support;

import io.meridian.api.seed.DemoSeeder;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.UUID;

/**
 * Base of the HTTP tests: the application on the shared embedded PostgreSQL, on a random port,
 * with the demo tenant seeded. Subclasses carry {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    protected static final String DEMO_PASSWORD = "meridian-demo-password";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    protected Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.applicationProperties();
    }

    @BeforeEach
    void connect() {
        api = new Api(server.getURL(), json);
    }

    protected String demoToken(String user) {
        return api.login(DemoSeeder.TENANT, user + DemoSeeder.EMAIL_DOMAIN, DEMO_PASSWORD);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Adds a user with one role to a tenant (as its admin) and returns the user's token. */
    protected String userWithRole(String slug, String adminToken, String name, String role) {
        String email = name + "@" + slug + ".example.com";
        Api.Response created = api.post("/api/v1/users", Api.As.bearer(adminToken), "{\"email\":\"" + email + "\",\"displayName\":\""
                + name + "\",\"password\":\"a long enough password\",\"roles\":[\"" + role + "\"]}");
        if (created.status() != 201) {
            throw new AssertionError("user not created: " + created);
        }
        return api.login(slug, email, "a long enough password");
    }

    /** Creates a tenant with its first admin (as the demo platform admin) and returns the admin's token. */
    protected String newTenantAdmin(String slug) {
        String platformAdmin = demoToken("platform-admin");
        Api.Response created = api.post("/api/v1/tenants", Api.As.bearer(platformAdmin), api.toJson(Map.of(
                "slug", slug, "name", "Tenant " + slug, "homeRegion", "us-east",
                "admin", Map.of("email", "admin@" + slug + ".example.com", "displayName", "Admin of " + slug,
                        "password", "correct horse battery staple"))));
        if (created.status() != 201) {
            throw new AssertionError("tenant not created: " + created);
        }
        return api.login(slug, "admin@" + slug + ".example.com", "correct horse battery staple");
    }

    /** Scheduling quick enough for tests that train: one worker, polls and heartbeats of a fraction of a second. */
    protected static Map<String, String> withQuickTraining(Map<String, String> properties) {
        Map<String, String> quick = new java.util.HashMap<>(properties);
        quick.put("meridian.training.workers", "1");
        quick.put("meridian.training.admission-interval", "200ms");
        quick.put("meridian.training.poll", "200ms");
        quick.put("meridian.training.heartbeat", "300ms");
        return quick;
    }

    /** Polls a training job until it has SUCCEEDED; fails the test if it has not within a minute. */
    protected Api.Response awaitJobSucceeded(String token, String jobId) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        Api.Response job = api.get("/api/v1/jobs/" + jobId, Api.As.bearer(token));
        while (!"SUCCEEDED".equals(job.get("state")) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = api.get("/api/v1/jobs/" + jobId, Api.As.bearer(token));
        }
        org.assertj.core.api.Assertions.assertThat(job.get("state")).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }
}
