package io.meridian.console.ui;

import com.vaadin.flow.component.HasValidation;
import io.meridian.console.api.ApiProblem;

/** The API's message for one field of a refused request, shown at the form field that holds it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks {@code field} invalid with the problem's message for the request field {@code name}, if it has one. */
    public static void mark(HasValidation field, ApiProblem problem, String name) {
        problem.messageFor(name).ifPresent(message -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }
}
