package io.meridian.api.tenants;

import io.meridian.api.database.TenantDb;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the tenants table. Row-level security decides which rows a handle sees. */
public final class TenantRepository {

    private static final RowMapper<TenantView> VIEW = ConstructorMapper.of(TenantView.class);
    private static final String COLUMNS = "id, slug, name, home_region, created_at, updated_at";

    private TenantRepository() {
    }

    public static TenantView insert(Handle handle, String slug, String name, String homeRegion) {
        return handle.createQuery("insert into tenants (slug, name, home_region) values (:slug, :name, :region) returning " + COLUMNS)
                .bind("slug", slug).bind("name", name).bind("region", homeRegion)
                .map(VIEW).one();
    }

    public static Optional<TenantView> bySlug(Handle handle, String slug) {
        return handle.createQuery("select " + COLUMNS + " from tenants where slug = :slug")
                .bind("slug", slug).map(VIEW).findOne();
    }

    /** The hot path of every tenant-scoped request: one round trip (see {@link TenantDb#readOne}). */
    public static Optional<TenantView> byId(TenantDb db, UUID id) {
        return db.readOne(id, "select " + COLUMNS + " from tenants where id = ?",
                statement -> statement.setObject(1, id),
                row -> new TenantView(row.getObject("id", UUID.class), row.getString("slug"), row.getString("name"),
                        row.getString("home_region"), row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant()));
    }

    public static Optional<TenantView> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from tenants where id = :id")
                .bind("id", id).map(VIEW).findOne();
    }

    public static List<TenantView> page(Handle handle, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + " from tenants order by slug limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset).map(VIEW).list();
    }

    public static long count(Handle handle) {
        return handle.createQuery("select count(*) from tenants").mapTo(Long.class).one();
    }

    public static Optional<TenantView> rename(Handle handle, UUID id, String name) {
        return handle.createQuery("update tenants set name = :name, updated_at = now() where id = :id returning " + COLUMNS)
                .bind("id", id).bind("name", name).map(VIEW).findOne();
    }

    /** Serializes changes that must keep a tenant invariant (such as "at least one tenant admin"). */
    public static void lock(Handle handle, UUID id) {
        handle.createQuery("select id from tenants where id = :id for update").bind("id", id).mapTo(UUID.class).one();
    }
}
