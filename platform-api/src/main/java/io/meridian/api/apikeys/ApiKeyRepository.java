package io.meridian.api.apikeys;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the api_keys table, always inside a tenant transaction (row-level security). */
final class ApiKeyRepository {

    private static final RowMapper<ApiKeyView> VIEW = ConstructorMapper.of(ApiKeyView.class);
    private static final String COLUMNS = """
            id, name, prefix, scopes, created_by, created_at, expires_at, revoked_at, last_used_at,
            case when revoked_at is not null then 'REVOKED'
                 when expires_at <= now() then 'EXPIRED' else 'ACTIVE' end as status""";

    private ApiKeyRepository() {
    }

    static ApiKeyView insert(Handle handle, UUID tenantId, String name, String prefix, byte[] secretHash,
                             List<String> scopes, UUID createdBy, Instant expiresAt) {
        return handle.createQuery("""
                        insert into api_keys (tenant_id, name, prefix, secret_hash, scopes, created_by, expires_at)
                        values (:tenant, :name, :prefix, :hash, :scopes, :createdBy, :expiresAt) returning """ + " " + COLUMNS)
                .bind("tenant", tenantId).bind("name", name).bind("prefix", prefix).bind("hash", secretHash)
                .bindByType("scopes", scopes.toArray(String[]::new), String[].class)
                .bind("createdBy", createdBy).bind("expiresAt", Timestamp.from(expiresAt))
                .map(VIEW).one();
    }

    static Optional<ApiKeyView> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from api_keys where id = :id").bind("id", id).map(VIEW).findOne();
    }

    static List<ApiKeyView> page(Handle handle, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + " from api_keys order by created_at desc limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset).map(VIEW).list();
    }

    static long count(Handle handle) {
        return handle.createQuery("select count(*) from api_keys").mapTo(Long.class).one();
    }

    /** Revokes once: a second revocation keeps the first time. Empty when there is no such key. */
    static Optional<ApiKeyView> revoke(Handle handle, UUID id) {
        return handle.createQuery("update api_keys set revoked_at = coalesce(revoked_at, now()) where id = :id returning " + COLUMNS)
                .bind("id", id).map(VIEW).findOne();
    }
}
