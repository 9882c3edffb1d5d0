package io.meridian.api;

import io.meridian.api.database.Migrations;
import io.meridian.api.support.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations run from an empty database, and leave every tenant-owned table under forced RLS. */
class MigrationTest {

    @Test
    void migratesAnEmptyDatabaseAndLocksDownEveryTenantTable() throws SQLException {
        var settings = TestDatabase.get().settings();
        String database = "empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String serverUrl = TestDatabase.get().jdbcUrl().replaceFirst("/[^/]+$", "/");
        try (Connection superuser = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement statement = superuser.createStatement()) {
            statement.execute("create database " + database + " owner " + settings.ownerUser());
        }

        MigrateResult result = Migrations.migrate(serverUrl + database, settings);
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        assertThat(result.initialSchemaVersion).isNull();

        try (Connection owner = DriverManager.getConnection(serverUrl + database, settings.ownerUser(), settings.ownerPassword());
             Statement statement = owner.createStatement()) {
            List<String> unprotected = new ArrayList<>();
            try (ResultSet tables = statement.executeQuery("""
                    select c.relname, c.relrowsecurity, c.relforcerowsecurity
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r'
                      and (c.relname = 'tenants' or exists (select 1 from information_schema.columns col
                           where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id'))
                    """)) {
                while (tables.next()) {
                    if (!tables.getBoolean(2) || !tables.getBoolean(3)) {
                        unprotected.add(tables.getString(1));
                    }
                }
            }
            assertThat(unprotected).as("tenant tables without ENABLE + FORCE row level security").isEmpty();
            try (ResultSet rows = statement.executeQuery("select count(*) from tenants")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }

        MigrateResult again = Migrations.migrate(serverUrl + database, settings);
        assertThat(again.migrationsExecuted).isZero();
    }
}
