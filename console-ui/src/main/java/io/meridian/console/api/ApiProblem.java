package io.meridian.console.api;

import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem the API answered with. Its title, detail and field messages are already in the
 * user's language (the client sends the console's locale as Accept-Language), so views show them as they are.
 */
public final class ApiProblem extends RuntimeException {

    /** One invalid field: its JSON name ({@code hyperparameters.epochs}) and the localized message. */
    public record FieldMessage(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldMessage> errors;

    public ApiProblem(int status, String type, String code, String title, String detail, List<FieldMessage> errors) {
        super(status + " " + code + ": " + title + (detail == null ? "" : " — " + detail));
        this.status = status;
        this.type = type;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** The stable code, e.g. {@code invalid-input}, {@code policy-denied}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    /** The messages about one field, or about its entries ({@code hyperparameters} also finds {@code hyperparameters.epochs}). */
    public Optional<String> messageFor(String field) {
        List<String> messages = errors.stream()
                .filter(error -> error.field().equals(field) || error.field().startsWith(field + ".") || error.field().startsWith(field + "["))
                // the API's field messages name their field themselves ("hyperparameters.epochs must be between 1 and 1,000")
                .map(FieldMessage::message)
                .toList();
        return messages.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", messages));
    }
}
