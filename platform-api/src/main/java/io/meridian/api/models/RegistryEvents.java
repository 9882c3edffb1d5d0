package io.meridian.api.models;

import org.jdbi.v3.core.Handle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The registry's outbox: each change appends an event in the transaction of the change, so an event
 * exists exactly when its change does, numbered in order. A webhook dispatcher (later) reads from
 * its last sequence number; as transactions may commit out of number order, it should re-read a
 * short window behind that cursor and skip what it already delivered.
 */
final class RegistryEvents {

    static final String VERSION_CREATED = "version.created";
    static final String ALIAS_MOVED = "alias.moved";
    static final String ALIAS_REMOVED = "alias.removed";
    static final String APPROVAL_REQUESTED = "alias.approval-requested";
    static final String APPROVAL_REJECTED = "alias.approval-rejected";

    private RegistryEvents() {
    }

    static void append(Handle handle, UUID tenantId, String type, StoredModel model, Integer version, String alias,
                       String actor, Instant at) {
        handle.createUpdate("insert into registry_events (tenant_id, at, type, model_id, model_name, version, alias, actor) "
                        + "values (:tenant, :at, :type, :model, :name, :version, :alias, :actor)")
                .bind("tenant", tenantId).bind("at", Timestamp.from(at)).bind("type", type).bind("model", model.id())
                .bind("name", model.name()).bind("version", version).bind("alias", alias).bind("actor", actor)
                .execute();
    }

    static List<ModelViews.EventView> after(Handle handle, long seq, int limit) {
        return handle.createQuery("select seq, at, type, model_name, version, alias, actor from registry_events "
                        + "where seq > :seq order by seq limit :limit")
                .bind("seq", seq).bind("limit", limit)
                .map((row, context) -> new ModelViews.EventView(row.getLong("seq"), row.getTimestamp("at").toInstant(),
                        row.getString("type"), row.getString("model_name"), (Integer) row.getObject("version"),
                        row.getString("alias"), row.getString("actor")))
                .list();
    }
}
