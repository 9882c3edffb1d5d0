package io.meridian.api.database;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;

@Factory
final class JdbiFactory {

    @Singleton
    Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        // roles and scopes are text[] columns
        jdbi.registerArrayType(String.class, "text");
        return jdbi;
    }
}
