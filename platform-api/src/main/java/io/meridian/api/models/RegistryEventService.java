package io.meridian.api.models;

import io.meridian.api.database.TenantDb;
import io.meridian.api.security.Caller;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
final class RegistryEventService {

    private final TenantDb db;

    RegistryEventService(TenantDb db) {
        this.db = db;
    }

    List<ModelViews.EventView> after(Caller caller, long seq, int limit) {
        return db.inTenant(caller.tenantId(), handle -> RegistryEvents.after(handle, seq, limit));
    }
}
