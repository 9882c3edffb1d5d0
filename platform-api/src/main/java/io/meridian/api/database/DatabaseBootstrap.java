package io.meridian.api.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the database to the current schema before the application starts: starts the embedded
 * PostgreSQL when no external URL is configured, migrates as the owner role, and hands back the
 * connection properties of the application role for Micronaut's pool.
 */
public final class DatabaseBootstrap implements AutoCloseable {

    private final DatabaseSettings settings;
    private final Optional<EmbeddedDatabase> embedded;
    private final String jdbcUrl;

    private DatabaseBootstrap(DatabaseSettings settings, Optional<EmbeddedDatabase> embedded, String jdbcUrl) {
        this.settings = settings;
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
    }

    public static DatabaseBootstrap start(DatabaseSettings settings) {
        Optional<EmbeddedDatabase> embedded = settings.embedded()
                ? Optional.of(EmbeddedDatabase.start(settings))
                : Optional.empty();
        String url = settings.externalUrl().orElseGet(() -> embedded.orElseThrow().jdbcUrl());
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(settings, embedded, url);
        Migrations.migrate(url, settings);
        return bootstrap;
    }

    /**
     * Connects to the external database as it is, without migrating: for training workers, which run the
     * platform's own version against a schema the platform has migrated, and hold no owner credentials.
     */
    public static DatabaseBootstrap attach(DatabaseSettings settings) {
        String url = settings.externalUrl().orElseThrow(() ->
                new IllegalStateException("a training worker needs the platform's database: set MERIDIAN_DB_URL"));
        return new DatabaseBootstrap(settings, Optional.empty(), url);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Micronaut properties for the application's connection pool. */
    public Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", jdbcUrl);
        properties.put("datasources.default.username", settings.appUser());
        properties.put("datasources.default.password", settings.appPassword());
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("meridian.data-dir", settings.dataDirectory().toString());
        return properties;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
