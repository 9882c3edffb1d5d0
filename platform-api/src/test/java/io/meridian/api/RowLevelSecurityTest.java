package io.meridian.api;

import io.meridian.api.database.TenantDb;
import io.meridian.api.support.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At the SQL level, as the application role: a query without a tenant filter sees one tenant only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {

    private UUID red;
    private UUID blue;

    @BeforeAll
    void twoTenantsWrittenByTheOwner() throws SQLException {
        try (Connection owner = TestDatabase.connectAsOwner()) {
            red = tenant(owner, "rls-red-" + UUID.randomUUID().toString().substring(0, 6));
            blue = tenant(owner, "rls-blue-" + UUID.randomUUID().toString().substring(0, 6));
            user(owner, red, "one@red.example.com");
            user(owner, red, "two@red.example.com");
            user(owner, blue, "one@blue.example.com");
        }
    }

    @Test
    void anUnfilteredQuerySeesOnlyTheCurrentTenant() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            app.setAutoCommit(false);
            setTenant(app, red);
            assertThat(strings(app, "select email from users")).containsExactlyInAnyOrder("one@red.example.com", "two@red.example.com");
            assertThat(count(app, "select count(*) from users where tenant_id = '" + blue + "'")).isZero();
            assertThat(count(app, "select count(*) from tenants")).isEqualTo(1);
            app.commit();

            setTenant(app, blue);
            assertThat(strings(app, "select email from users")).containsExactly("one@blue.example.com");
            app.commit();
        }
    }

    @Test
    void withoutATenantNothingIsVisible() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            assertThat(count(app, "select count(*) from users")).isZero();
            assertThat(count(app, "select count(*) from api_keys")).isZero();
            assertThat(count(app, "select count(*) from tenants")).isZero();
        }
    }

    @Test
    void theTenantSettingEndsWithTheTransaction() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            app.setAutoCommit(false);
            setTenant(app, red);
            app.commit();
            assertThat(count(app, "select count(*) from users")).isZero();
            app.rollback();
        }
    }

    @Test
    void rowsOfAnotherTenantCanBeNeitherWrittenNorChanged() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            app.setAutoCommit(false);
            setTenant(app, red);
            assertThatThrownBy(() -> user(app, blue, "sneaky@blue.example.com"))
                    .hasMessageContaining("row-level security");
            app.rollback();

            setTenant(app, red);
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate("update users set display_name = 'x' where tenant_id = '" + blue + "'")).isZero();
                assertThat(statement.executeUpdate("delete from users where tenant_id = '" + blue + "'")).isZero();
            }
            app.commit();
        }
    }

    @Test
    void aPipelinedSettingHoldsForItsQueryAndEndsWithIt() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            assertThat(app.getAutoCommit()).isTrue();
            try (PreparedStatement pipeline = app.prepareStatement(
                    "select set_config('app.tenant_id', ?, true); select count(*) from users")) {
                pipeline.setString(1, red.toString());
                pipeline.execute();
                assertThat(pipeline.getMoreResults()).isTrue();
                try (ResultSet rows = pipeline.getResultSet()) {
                    rows.next();
                    assertThat(rows.getLong(1)).isEqualTo(2);
                }
            }
            assertThat(count(app, "select count(*) from users")).isZero();
        }
    }

    @Test
    void tenantDbReadsOneTenantInOneRoundTrip() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(TestDatabase.get().jdbcUrl());
        dataSource.setUser(TestDatabase.get().settings().appUser());
        dataSource.setPassword(TestDatabase.get().settings().appPassword());
        TenantDb db = new TenantDb(Jdbi.create(dataSource), dataSource);
        assertThat(db.readOne(red, "select count(*) from users where email like ?",
                statement -> statement.setObject(1, "%@red.example.com"), row -> row.getLong(1))).hasValue(2L);
        assertThat(db.readOne(red, "select email from users where tenant_id = ?",
                statement -> statement.setObject(1, blue), row -> row.getString(1))).isEmpty();
        assertThat(db.readOne(blue, "select email from users", statement -> { }, row -> row.getString(1)))
                .hasValue("one@blue.example.com");
    }

    @Test
    void theApplicationRoleCannotSwitchRowLevelSecurityOff() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("alter table users disable row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("set row_security = off; select count(*) from users"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static UUID tenant(Connection owner, String slug) throws SQLException {
        try (PreparedStatement insert = owner.prepareStatement(
                "insert into tenants (slug, name, home_region) values (?, ?, 'eu-west') returning id")) {
            insert.setString(1, slug);
            insert.setString(2, slug);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static void user(Connection connection, UUID tenant, String email) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into users (tenant_id, email, display_name, roles, password_hash) values (?, ?, 'U', array['VIEWER'], 'x')")) {
            insert.setObject(1, tenant);
            insert.setString(2, email);
            insert.executeUpdate();
        }
    }

    private static void setTenant(Connection app, UUID tenant) throws SQLException {
        try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.executeQuery().close();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static java.util.List<String> strings(Connection connection, String sql) throws SQLException {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
