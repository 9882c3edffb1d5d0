package io.meridian.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL started from the binaries that ship in a Maven Central jar, its data kept in
 * {@code <data-dir>/pgdata} so that a restart finds everything again. It creates the owner and
 * application roles and the database on first start, as an operator would on a real server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "meridian";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(DatabaseSettings settings) {
        Path dataDirectory = settings.dataDirectory().resolve("pgdata");
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if (settings.embeddedPort() > 0) {
                builder.setPort(settings.embeddedPort());
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createRolesAndDatabase(settings);
            LOG.info("Embedded PostgreSQL on port {}, data in {}", database.port(), dataDirectory);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createRolesAndDatabase(DatabaseSettings settings) {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement statement = superuser.createStatement()) {
            if (!exists(superuser, "select 1 from pg_roles where rolname = ?", settings.ownerUser())) {
                statement.execute("create role " + identifier(settings.ownerUser()) + " login password "
                        + literal(settings.ownerPassword()));
            }
            if (!exists(superuser, "select 1 from pg_roles where rolname = ?", settings.appUser())) {
                statement.execute("create role " + identifier(settings.appUser()) + " login password "
                        + literal(settings.appPassword()));
            }
            if (!exists(superuser, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + identifier(settings.ownerUser()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the embedded database", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
