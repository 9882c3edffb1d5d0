package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.Registry;
import io.meridian.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica keeps where aliases point in memory, for as long as it likes, because it hears of
 * every move: here the moves are made straight in the database, as another replica would, and the
 * pointers this replica holds could otherwise stay stale for an hour.
 */
@MicronautTest
class AliasChangeNotificationsApiTest extends ApiTest {

    private static final Duration SOON = Duration.ofSeconds(10);

    private String slug;
    private String scientist;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("meridian.serving.pointer-ttl", "1h");
        return properties;
    }

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        Registry registry = new Registry(api);
        slug = unique("notified");
        String admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        registry.createModel(scientist, "intent", "");
        registry.version(scientist, "intent", 0.8, "[]");
        registry.version(scientist, "intent", 0.85, "[]");
        assertThat(api.put("/api/v1/models/intent/aliases/staging", As.bearer(scientist), "{\"version\":1}").status()).isEqualTo(200);
    }

    @Test
    void aMoveMadeElsewhereIsSeenWithoutWaitingForTheCacheTime() throws Exception {
        assertThat(versionOf("intent@staging")).isEqualTo(1);

        moveInDatabase("staging", 2);
        assertThat(awaitVersion("intent@staging", 2)).isEqualTo(2);
        assertThat(api.get("/api/v1/models/intent@2", As.bearer(scientist)).body()).contains("\"aliases\":[\"staging\"]");
    }

    @Test
    void movesMadeWhileTheListenerWasCutOffAreNotMissed() throws Exception {
        assertThat(api.put("/api/v1/models/intent/aliases/champion", As.bearer(scientist), "{\"version\":1}").status()).isEqualTo(200);
        assertThat(versionOf("intent@champion")).isEqualTo(1);

        try (Connection app = TestDatabase.connectAsApp(); Statement statement = app.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'meridian-alias-listener'");
        }
        moveInDatabase("champion", 2);
        assertThat(awaitVersion("intent@champion", 2)).isEqualTo(2);

        moveInDatabase("champion", 1); // heard again after the reconnect
        assertThat(awaitVersion("intent@champion", 1)).isEqualTo(1);
    }

    private int versionOf(String ref) {
        Api.Response response = api.get("/api/v1/models/" + ref, As.bearer(scientist));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ((Number) response.get("version")).intValue();
    }

    /** The version the reference names once it names {@code expected}, or what it still names after a while. */
    private int awaitVersion(String ref, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        int seen = versionOf(ref);
        while (seen != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
            seen = versionOf(ref);
        }
        return seen;
    }

    private void moveInDatabase(String alias, int version) throws SQLException {
        try (Connection owner = TestDatabase.connectAsOwner(); PreparedStatement update = owner.prepareStatement("""
                update model_aliases a set version = ? from models m, tenants t
                where m.id = a.model_id and t.id = a.tenant_id and t.slug = ? and m.name = 'intent' and a.alias = ?""")) {
            update.setInt(1, version);
            update.setString(2, slug);
            update.setString(3, alias);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
