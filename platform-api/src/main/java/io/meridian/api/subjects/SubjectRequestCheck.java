package io.meridian.api.subjects;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.subjects.InvalidSubjectException;
import io.meridian.compliance.subjects.SubjectIdentifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A request's fields, checked one by one so that every error names its field. */
final class SubjectRequestCheck {

    static final int MAX_REASON = 500;

    enum Kind { EXPORT, ERASE }

    record Checked(Kind kind, SubjectIdentifier subject, String reason) {
    }

    private SubjectRequestCheck() {
    }

    static Checked check(SubjectRequests.NewRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Kind kind = null;
        if (request.kind() == null) {
            errors.add(FieldError.of("kind", "field.required"));
        } else {
            kind = parse(Kind.class, request.kind());
            if (kind == null) {
                errors.add(FieldError.of("kind", "field.invalid-choice", "allowed", names(Kind.class)));
            }
        }
        SubjectIdentifier subject = subject(request.subject(), errors);
        String reason = request.reason() == null ? null : request.reason().strip();
        if (reason == null || reason.isEmpty()) {
            errors.add(FieldError.of("reason", "field.required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(FieldError.of("reason", "field.too-long", "max", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Checked(kind, subject, reason);
    }

    private static SubjectIdentifier subject(SubjectRequests.Subject subject, List<FieldError> errors) {
        if (subject == null) {
            errors.add(FieldError.of("subject", "field.required"));
            return null;
        }
        EntityType type = null;
        if (subject.type() != null) {
            type = parse(EntityType.class, subject.type());
            if (type == null) {
                errors.add(FieldError.of("subject.type", "field.unknown-entity-type", "allowed", names(EntityType.class)));
                return null;
            }
        }
        try {
            return SubjectIdentifier.of(subject.value(), type);
        } catch (InvalidSubjectException e) {
            errors.add(switch (e.problem()) {
                case BLANK -> FieldError.of("subject.value", "field.required");
                case NOT_RECOGNIZED -> FieldError.of("subject.value", "field.subject-not-recognized", "allowed", names(EntityType.class));
                case NOT_VALID_FOR_TYPE -> FieldError.of("subject.value", "field.not-valid-for-type", "type", e.type().name());
            });
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
