package io.meridian.api.models;

import io.meridian.registry.ModelTask;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the models table (row-level security keeps it to the current tenant). */
final class ModelRepository {

    static final String COLUMNS = """
            id, name, description, task, owner_id, tags, approval_required, version_count, created_at, updated_at,
            array(select a.alias from model_aliases a where a.model_id = models.id order by a.alias) as alias_names,
            array(select a.version from model_aliases a where a.model_id = models.id order by a.alias) as alias_versions""";
    static final RowMapper<StoredModel> MODEL = (row, context) -> new StoredModel(row.getObject("id", UUID.class),
            row.getString("name"), row.getString("description"), ModelTask.valueOf(row.getString("task")),
            row.getObject("owner_id", UUID.class), StoredVersion.strings(row.getArray("tags")),
            row.getBoolean("approval_required"), row.getInt("version_count"),
            aliases((String[]) row.getArray("alias_names").getArray(), (Integer[]) row.getArray("alias_versions").getArray()),
            row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());

    private ModelRepository() {
    }

    static StoredModel insert(Handle handle, UUID tenantId, String name, String description, ModelTask task, UUID ownerId,
                              List<String> tags, boolean approvalRequired, Instant now) {
        return handle.createQuery("insert into models (id, tenant_id, name, description, task, owner_id, tags, approval_required, created_at, updated_at) "
                        + "values (:id, :tenant, :name, :description, :task, :owner, :tags, :approval, :now, :now) returning " + COLUMNS)
                .bind("id", UUID.randomUUID()).bind("tenant", tenantId).bind("name", name).bind("description", description)
                .bind("task", task.name()).bind("owner", ownerId).bindArray("tags", String.class, tags)
                .bind("approval", approvalRequired).bind("now", Timestamp.from(now))
                .map(MODEL).one();
    }

    static Optional<StoredModel> byName(Handle handle, String name) {
        return handle.createQuery("select " + COLUMNS + " from models where name = :name")
                .bind("name", name).map(MODEL).findOne();
    }

    /** The model, locked until the transaction ends: version numbers and alias moves of one model go one at a time. */
    static Optional<StoredModel> lock(Handle handle, String name) {
        return handle.createQuery("select " + COLUMNS + " from models where name = :name for update")
                .bind("name", name).map(MODEL).findOne();
    }

    static StoredModel update(Handle handle, UUID id, String description, List<String> tags, boolean approvalRequired, Instant now) {
        return handle.createQuery("update models set description = :description, tags = :tags, approval_required = :approval, "
                        + "updated_at = :now where id = :id returning " + COLUMNS)
                .bind("id", id).bind("description", description).bindArray("tags", String.class, tags)
                .bind("approval", approvalRequired).bind("now", Timestamp.from(now)).map(MODEL).one();
    }

    /** Takes the next version number of a locked model. */
    static int nextVersion(Handle handle, UUID id, Instant now) {
        return handle.createQuery("update models set version_count = version_count + 1, updated_at = :now where id = :id returning version_count")
                .bind("id", id).bind("now", Timestamp.from(now)).mapTo(Integer.class).one();
    }

    private static Map<String, Integer> aliases(String[] names, Integer[] versions) {
        Map<String, Integer> aliases = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            aliases.put(names[i], versions[i]);
        }
        return aliases;
    }
}
