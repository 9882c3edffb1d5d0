package io.meridian.api.support;

import io.meridian.api.Application;
import io.meridian.api.database.DatabaseBootstrap;
import io.meridian.api.database.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * One real embedded PostgreSQL per test JVM, in a fresh folder, migrated from empty exactly as
 * main() does it. Test classes share it; each creates the tenants it needs under unique slugs.
 */
public final class TestDatabase {

    private static DatabaseBootstrap bootstrap;

    private TestDatabase() {
    }

    public static synchronized DatabaseBootstrap get() {
        if (bootstrap == null) {
            try {
                Path dataDirectory = Files.createTempDirectory("meridian-test");
                DatabaseSettings settings = new DatabaseSettings(Optional.empty(), "meridian_owner", "owner-secret",
                        "meridian_app", "app-secret", dataDirectory, 0);
                bootstrap = DatabaseBootstrap.start(settings);
                Runtime.getRuntime().addShutdownHook(new Thread(bootstrap::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bootstrap;
    }

    /** What a test application context needs: the pool of the app role, a token key, quick limits. */
    public static Map<String, String> applicationProperties() {
        var properties = new java.util.HashMap<String, String>();
        Application.properties(get()).forEach((key, value) -> properties.put(key, String.valueOf(value)));
        properties.put("micronaut.server.port", "-1");
        properties.put("meridian.auth.login.failures-per-account", "3");
        // the demo tenant's models train in the background: only DemoModelsTest wants that
        properties.put("meridian.seed.demo-models", "false");
        return properties;
    }

    public static Connection connectAsOwner() throws SQLException {
        DatabaseSettings settings = get().settings();
        return DriverManager.getConnection(get().jdbcUrl(), settings.ownerUser(), settings.ownerPassword());
    }

    public static Connection connectAsApp() throws SQLException {
        DatabaseSettings settings = get().settings();
        return DriverManager.getConnection(get().jdbcUrl(), settings.appUser(), settings.appPassword());
    }
}
