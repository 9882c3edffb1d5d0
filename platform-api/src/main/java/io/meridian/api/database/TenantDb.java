package io.meridian.api.database;

import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import java.util.UUID;

/**
 * The only way the application talks to PostgreSQL. Every transaction states whose data it works
 * on: row-level security reads {@code app.tenant_id} (or, for the tenants table only,
 * {@code app.platform_scope}), both set transaction-locally so they end with the transaction.
 */
@Singleton
public final class TenantDb {

    private final Jdbi jdbi;

    public TenantDb(Jdbi jdbi) {
        this.jdbi = jdbi;
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
