package io.meridian.training.serving;

import io.meridian.registry.Violation;

import java.util.List;

/** Input a model cannot take, with every problem found (the platform answers 400 with them). */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
