package io.meridian.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} and {@code code} are stable; {@code title},
 * {@code detail} and the field messages are in the language negotiated from Accept-Language.
 */
@Serdeable
public record Problem(String type, String code, String title, int status, String detail,
                      @Nullable String instance, @Nullable List<Field> errors) {

    @Serdeable
    public record Field(String field, String message) {
    }
}
