package io.meridian.api.users;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.i18n.SupportedLocales;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks on user input that annotations cannot express. Each collects its field errors. */
final class UserRules {

    private UserRules() {
    }

    static String normalizedEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static void checkRoles(List<String> roles, List<FieldError> errors) {
        if (roles != null && (roles.isEmpty() || !Roles.ALL.containsAll(roles))) {
            errors.add(roles.isEmpty() ? FieldError.of("roles", "field.not-empty")
                    : FieldError.of("roles", "field.unknown-role", "allowed", String.join(", ", Roles.ALL)));
        }
    }

    static void checkLocale(String locale, List<FieldError> errors) {
        if (locale != null && !SupportedLocales.isSupportedTag(locale)) {
            errors.add(FieldError.of("preferredLocale", "field.unsupported-locale", "allowed",
                    String.join(", ", SupportedLocales.all().stream().map(Locale::toLanguageTag).toList())));
        }
    }

    static void checkNotBlank(String field, String value, List<FieldError> errors) {
        if (value != null && value.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Only a platform admin can make a platform admin: a tenant admin must not raise itself above its tenant. */
    static void checkMayGrant(Caller caller, List<String> roles) {
        if (roles != null && roles.contains(Roles.PLATFORM_ADMIN) && !caller.isPlatformAdmin()) {
            throw new ApiException(ProblemCode.FORBIDDEN);
        }
    }

    static List<FieldError> errors() {
        return new ArrayList<>();
    }
}
