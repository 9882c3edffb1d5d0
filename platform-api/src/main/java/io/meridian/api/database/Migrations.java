package io.meridian.api.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.Map;

/** Flyway over the SQL of the db module, as the owner role; the app role's name is a placeholder. */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(String jdbcUrl, DatabaseSettings settings) {
        return Flyway.configure()
                .dataSource(jdbcUrl, settings.ownerUser(), settings.ownerPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", '"' + settings.appUser().replace("\"", "\"\"") + '"'))
                .load()
                .migrate();
    }
}
