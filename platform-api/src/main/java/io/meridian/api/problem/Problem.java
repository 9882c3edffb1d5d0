package io.meridian.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} and {@code code} are stable; {@code title},
 * {@code detail} and the field messages are in the language negotiated from Accept-Language.
 *
 * @param error on Open Inference Protocol paths only: the detail and field messages in one string, the
 *              {@code {"error": …}} member that v2 clients read (the problem's other members are extra
 *              members, which JSON clients of v2 ignore)
 */
@Serdeable
public record Problem(String type, String code, String title, int status, String detail,
                      @Nullable String instance, @Nullable List<Field> errors, @Nullable String error) {

    @Serdeable
    public record Field(String field, String message) {
    }
}
