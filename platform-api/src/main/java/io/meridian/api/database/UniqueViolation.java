package io.meridian.api.database;

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
        }
        return Optional.empty();
    }
}
