package io.meridian.api.models;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of model_aliases and alias_approvals. Callers hold the model's row lock. */
final class AliasRepository {

    record Approval(UUID id, UUID modelId, String alias, int version, String reason, String state, String requestedBy,
                    Instant requestedAt, String decidedBy, Instant decidedAt, String comment) {
    }

    private static final String APPROVAL_COLUMNS = "id, model_id, alias, version, reason, state, requested_by, requested_at, decided_by, decided_at, comment";
    private static final RowMapper<Approval> APPROVAL = (row, context) -> new Approval(row.getObject("id", UUID.class),
            row.getObject("model_id", UUID.class), row.getString("alias"), row.getInt("version"), row.getString("reason"),
            row.getString("state"), row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
            row.getString("decided_by"), instant(row.getTimestamp("decided_at")), row.getString("comment"));
    private static final RowMapper<ModelViews.AliasView> ALIAS = (row, context) -> new ModelViews.AliasView(
            row.getString("name"), row.getString("alias"), row.getInt("version"), row.getString("moved_by"),
            row.getTimestamp("moved_at").toInstant());

    private AliasRepository() {
    }

    static Optional<Integer> current(Handle handle, UUID modelId, String alias) {
        return handle.createQuery("select version from model_aliases where model_id = :model and alias = :alias")
                .bind("model", modelId).bind("alias", alias).mapTo(Integer.class).findOne();
    }

    static ModelViews.AliasView move(Handle handle, UUID tenantId, UUID modelId, String alias, int version, String actor, Instant now) {
        handle.createUpdate("""
                        insert into model_aliases (tenant_id, model_id, alias, version, moved_by, moved_at)
                        values (:tenant, :model, :alias, :version, :actor, :now)
                        on conflict (model_id, alias) do update set version = excluded.version,
                            moved_by = excluded.moved_by, moved_at = excluded.moved_at""")
                .bind("tenant", tenantId).bind("model", modelId).bind("alias", alias).bind("version", version)
                .bind("actor", actor).bind("now", Timestamp.from(now)).execute();
        return find(handle, modelId, alias).orElseThrow();
    }

    static Optional<ModelViews.AliasView> find(Handle handle, UUID modelId, String alias) {
        return handle.createQuery("select m.name, a.alias, a.version, a.moved_by, a.moved_at from model_aliases a "
                        + "join models m on m.id = a.model_id where a.model_id = :model and a.alias = :alias")
                .bind("model", modelId).bind("alias", alias).map(ALIAS).findOne();
    }

    static List<ModelViews.AliasView> all(Handle handle, UUID modelId) {
        return handle.createQuery("select m.name, a.alias, a.version, a.moved_by, a.moved_at from model_aliases a "
                        + "join models m on m.id = a.model_id where a.model_id = :model order by a.alias")
                .bind("model", modelId).map(ALIAS).list();
    }

    static boolean remove(Handle handle, UUID modelId, String alias) {
        return handle.createUpdate("delete from model_aliases where model_id = :model and alias = :alias")
                .bind("model", modelId).bind("alias", alias).execute() == 1;
    }

    /** A new pending request; an older pending one for the same alias is superseded. */
    static Approval request(Handle handle, UUID tenantId, UUID modelId, String alias, int version, String reason,
                            String actor, Instant now) {
        handle.createUpdate("update alias_approvals set state = 'SUPERSEDED', decided_by = :actor, decided_at = :now "
                        + "where model_id = :model and alias = :alias and state = 'PENDING'")
                .bind("model", modelId).bind("alias", alias).bind("actor", actor).bind("now", Timestamp.from(now)).execute();
        return handle.createQuery("insert into alias_approvals (id, tenant_id, model_id, alias, version, reason, state, requested_by, requested_at) "
                        + "values (:id, :tenant, :model, :alias, :version, :reason, 'PENDING', :actor, :now) returning " + APPROVAL_COLUMNS)
                .bind("id", UUID.randomUUID()).bind("tenant", tenantId).bind("model", modelId).bind("alias", alias)
                .bind("version", version).bind("reason", reason).bind("actor", actor).bind("now", Timestamp.from(now))
                .map(APPROVAL).one();
    }

    static Optional<Approval> approval(Handle handle, UUID modelId, UUID id) {
        return handle.createQuery("select " + APPROVAL_COLUMNS + " from alias_approvals where model_id = :model and id = :id")
                .bind("model", modelId).bind("id", id).map(APPROVAL).findOne();
    }

    static List<Approval> approvals(Handle handle, UUID modelId, String state) {
        return handle.createQuery("select " + APPROVAL_COLUMNS + " from alias_approvals where model_id = :model "
                        + "and (cast(:state as varchar) is null or state = :state) order by requested_at desc limit 200")
                .bind("model", modelId).bind("state", state).map(APPROVAL).list();
    }

    static Approval decide(Handle handle, UUID id, String state, String actor, String comment, Instant now) {
        return handle.createQuery("update alias_approvals set state = :state, decided_by = :actor, decided_at = :now, comment = :comment "
                        + "where id = :id returning " + APPROVAL_COLUMNS)
                .bind("id", id).bind("state", state).bind("actor", actor).bind("comment", comment)
                .bind("now", Timestamp.from(now)).map(APPROVAL).one();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
