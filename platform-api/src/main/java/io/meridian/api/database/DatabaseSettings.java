package io.meridian.api.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is and which roles to use. Read before Micronaut starts (the embedded
 * PostgreSQL must be up before the connection pool), from system properties ({@code meridian.db.url})
 * or environment variables ({@code MERIDIAN_DB_URL}), the property winning.
 *
 * @param externalUrl   JDBC URL of an external PostgreSQL; empty means "start the embedded one"
 * @param ownerUser     the role that owns the schema and runs the migrations
 * @param appUser       the role the application connects as: owns nothing, bound by row-level security
 * @param dataDirectory where the embedded PostgreSQL and the generated secrets live between runs
 */
public record DatabaseSettings(Optional<String> externalUrl,
                               String ownerUser, String ownerPassword,
                               String appUser, String appPassword,
                               Path dataDirectory, int embeddedPort) {

    public static DatabaseSettings fromEnvironment() {
        return from(name -> Optional.ofNullable(System.getProperty(name))
                .or(() -> Optional.ofNullable(System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'))))
                .filter(value -> !value.isBlank())
                .orElse(null));
    }

    static DatabaseSettings from(Function<String, String> lookup) {
        Map<String, String> defaults = Map.of(
                "meridian.db.owner-user", "meridian_owner",
                "meridian.db.owner-password", "meridian_owner",
                "meridian.db.app-user", "meridian_app",
                "meridian.db.app-password", "meridian_app",
                "meridian.data-dir", Path.of(System.getProperty("user.dir"), ".meridian").toString(),
                "meridian.db.embedded-port", "0");
        Function<String, String> get = name -> Optional.ofNullable(lookup.apply(name)).orElse(defaults.get(name));
        return new DatabaseSettings(
                Optional.ofNullable(lookup.apply("meridian.db.url")),
                get.apply("meridian.db.owner-user"), get.apply("meridian.db.owner-password"),
                get.apply("meridian.db.app-user"), get.apply("meridian.db.app-password"),
                Path.of(get.apply("meridian.data-dir")).toAbsolutePath(),
                Integer.parseInt(get.apply("meridian.db.embedded-port")));
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}
