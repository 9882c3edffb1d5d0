package io.meridian.api.users;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the users table, always inside a tenant transaction (row-level security). */
public final class UserRepository {

    private static final RowMapper<UserView> VIEW = ConstructorMapper.of(UserView.class);
    private static final String COLUMNS = "id, email, display_name, preferred_locale, roles, created_at, updated_at";

    /** A user with the hash needed to check a password. */
    public record Credentials(UserView user, String passwordHash) {
    }

    private UserRepository() {
    }

    public static UserView insert(Handle handle, UUID tenantId, String email, String displayName, String locale,
                                  List<String> roles, String passwordHash) {
        return handle.createQuery("""
                        insert into users (tenant_id, email, display_name, preferred_locale, roles, password_hash)
                        values (:tenant, :email, :name, :locale, :roles, :hash) returning """ + " " + COLUMNS)
                .bind("tenant", tenantId).bind("email", email).bind("name", displayName).bind("locale", locale)
                .bindByType("roles", roles.toArray(String[]::new), String[].class).bind("hash", passwordHash)
                .map(VIEW).one();
    }

    public static Optional<UserView> byId(Handle handle, UUID id) {
        return handle.createQuery("select " + COLUMNS + " from users where id = :id").bind("id", id).map(VIEW).findOne();
    }

    public static Optional<Credentials> credentialsByEmail(Handle handle, String email) {
        return handle.createQuery("select " + COLUMNS + ", password_hash from users where email = :email")
                .bind("email", email)
                .map((rows, context) -> new Credentials(VIEW.map(rows, context), rows.getString("password_hash")))
                .findOne();
    }

    public static Optional<String> passwordHash(Handle handle, UUID id) {
        return handle.createQuery("select password_hash from users where id = :id").bind("id", id).mapTo(String.class).findOne();
    }

    static List<UserView> page(Handle handle, int limit, int offset) {
        return handle.createQuery("select " + COLUMNS + " from users order by email limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset).map(VIEW).list();
    }

    static long count(Handle handle) {
        return handle.createQuery("select count(*) from users").mapTo(Long.class).one();
    }

    static long countWithRole(Handle handle, String role) {
        return handle.createQuery("select count(*) from users where :role = any(roles)").bind("role", role).mapTo(Long.class).one();
    }

    /** Applies the non-null changes; empty when there is no such user (for this tenant). */
    static Optional<UserView> update(Handle handle, UUID id, String displayName, List<String> roles, String locale,
                                     String passwordHash) {
        return handle.createQuery("""
                        update users set display_name = coalesce(:name, display_name),
                                         roles = coalesce(:roles, roles),
                                         preferred_locale = coalesce(:locale, preferred_locale),
                                         password_hash = coalesce(:hash, password_hash),
                                         updated_at = now()
                        where id = :id returning """ + " " + COLUMNS)
                .bind("id", id).bind("name", displayName)
                .bindByType("roles", roles == null ? null : roles.toArray(String[]::new), String[].class)
                .bind("locale", locale).bind("hash", passwordHash)
                .map(VIEW).findOne();
    }

    static boolean delete(Handle handle, UUID id) {
        return handle.createUpdate("delete from users where id = :id").bind("id", id).execute() == 1;
    }
}
