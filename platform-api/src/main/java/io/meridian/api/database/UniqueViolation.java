package io.meridian.api.database;

import java.sql.SQLException;
import java.util.Optional;

/** Reads PostgreSQL's unique-violation (23505) out of a failed statement, naming the constraint. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static Optional<String> constraintOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && "23505".equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && t != sql.getNextException()) {
                Optional<String> next = constraintOf(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }
}
