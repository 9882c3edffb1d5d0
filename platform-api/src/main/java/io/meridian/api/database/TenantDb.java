package io.meridian.api.database;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The only way the application talks to PostgreSQL. Every transaction states whose data it works
 * on: row-level security reads {@code app.tenant_id} (or, for the tenants table only,
 * {@code app.platform_scope}), both set transaction-locally so they end with the transaction.
 */
@Singleton
public final class TenantDb {

    /** Fills a statement's own parameters; the first parameter (the tenant) is taken already. */
    @FunctionalInterface
    public interface Parameters {
        void bind(ParameterSetter statement) throws SQLException;
    }

    /** Sets parameters by their position in the caller's own SQL, counting from 1. */
    @FunctionalInterface
    public interface ParameterSetter {
        void setObject(int position, Object value) throws SQLException;
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Jdbi jdbi;
    private final DataSource dataSource;

    public TenantDb(Jdbi jdbi, DataSource dataSource) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
    }

    /**
     * One read of one tenant's rows in a single round trip, for hot paths. The tenant setting and
     * the query travel as one pipeline (the extended protocol, one Sync), which PostgreSQL runs as
     * one implicit transaction: the transaction-local setting holds for the query and ends with it.
     * Should the two ever run apart, the query sees no tenant and row-level security returns nothing.
     */
    public <T> Optional<T> readOne(UUID tenantId, String sql, Parameters parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select set_config('app.tenant_id', ?, true); " + sql)) {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("readOne needs an autocommit connection");
            }
            statement.setString(1, tenantId.toString());
            parameters.bind((position, value) -> statement.setObject(position + 1, value));
            statement.execute();
            if (!statement.getMoreResults()) {
                throw new IllegalStateException("no result for " + sql);
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? Optional.of(row.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    /** A transaction that sees one tenant's rows. */
    public <T> T inTenant(UUID tenantId, HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(handle -> {
            setting(handle, "app.tenant_id", tenantId.toString());
            return work.withHandle(handle);
        });
    }

    /** A transaction of a platform operator: sees every tenant row, but still no tenant's users or keys. */
    public <T> T acrossTenants(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(handle -> {
            setting(handle, "app.platform_scope", "on");
            return work.withHandle(handle);
        });
    }

    /**
     * A transaction of the training scheduler: sees every tenant's jobs and quotas (admission
     * weighs tenants against each other), and no other tenant rows.
     */
    public <T> T asScheduler(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(handle -> {
            setting(handle, "app.scheduler_scope", "on");
            return work.withHandle(handle);
        });
    }

    /** A transaction before any tenant is known: only the SECURITY DEFINER look-ups return anything. */
    public <T> T beforeAuthentication(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    /** Switches a running transaction to another tenant (creating a tenant and its first admin at once). */
    public static void enterTenant(Handle handle, UUID tenantId) {
        setting(handle, "app.tenant_id", tenantId.toString());
    }

    private static void setting(Handle handle, String name, String value) {
        handle.createQuery("select set_config(:name, :value, true)")
                .bind("name", name)
                .bind("value", value)
                .mapTo(String.class)
                .one();
    }
}
