package io.meridian.api.users;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.database.UniqueViolation;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.api.security.PasswordHasher;
import io.meridian.api.security.Roles;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.i18n.SupportedLocales;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Users of the caller's tenant: managed by its admins, and by each user for itself. */
@Singleton
public final class UserService {

    private final TenantDb db;
    private final PasswordHasher passwords;
    private final AuditLog audit;

    UserService(TenantDb db, PasswordHasher passwords, AuditLog audit) {
        this.db = db;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Page<UserView> list(Caller caller, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle ->
                new Page<>(UserRepository.page(handle, limit, offset), limit, offset, UserRepository.count(handle)));
    }

    public UserView get(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> UserRepository.byId(handle, id)).orElseThrow(NotFoundException::new);
    }

    public UserView create(Caller caller, UserRequests.Create request) {
        List<FieldError> errors = UserRules.errors();
        UserRules.checkRoles(request.roles(), errors);
        UserRules.checkLocale(request.preferredLocale(), errors);
        UserRules.throwIfAny(errors);
        UserRules.checkMayGrant(caller, request.roles());
        String hash = passwords.hash(request.password());
        return db.inTenant(caller.tenantId(), handle -> {
            UserView created = insert(handle, caller.tenantId(), request.email(), request.displayName(),
                    request.preferredLocale(), request.roles().stream().distinct().toList(), hash);
            audit.record(handle, caller, "user.created", "user:" + created.id(),
                    Map.of("roles", created.roles()));
            return created;
        });
    }

    /** Inserts a user in the handle's tenant; a taken email is a conflict, and rolls the transaction back. */
    public static UserView insert(Handle handle, UUID tenantId, String email, String displayName, String locale,
                                  List<String> roles, String passwordHash) {
        String normalized = UserRules.normalizedEmail(email);
        try {
            return UserRepository.insert(handle, tenantId, normalized, displayName.trim(),
                    locale == null ? SupportedLocales.DEFAULT.toLanguageTag() : locale, roles, passwordHash);
        } catch (RuntimeException e) {
            if (UniqueViolation.constraintOf(e).isPresent()) {
                throw ApiException.conflict("user-email", normalized);
            }
            throw e;
        }
    }

    public UserView update(Caller caller, UUID id, UserRequests.Update request) {
        List<FieldError> errors = UserRules.errors();
        UserRules.checkNotBlank("displayName", request.displayName(), errors);
        UserRules.checkRoles(request.roles(), errors);
        UserRules.checkLocale(request.preferredLocale(), errors);
        UserRules.throwIfAny(errors);
        UserRules.checkMayGrant(caller, request.roles());
        String hash = request.password() == null ? null : passwords.hash(request.password());
        List<String> roles = request.roles() == null ? null : request.roles().stream().distinct().toList();
        return db.inTenant(caller.tenantId(), handle -> {
            TenantRepository.lock(handle, caller.tenantId());
            UserView updated = UserRepository.update(handle, id, trimmed(request.displayName()), roles,
                    request.preferredLocale(), hash).orElseThrow(NotFoundException::new);
            requireATenantAdmin(handle);
            audit.record(handle, caller, "user.updated", "user:" + id, changes(request.displayName(), roles,
                    request.preferredLocale(), hash != null));
            return updated;
        });
    }

    public void delete(Caller caller, UUID id) {
        db.inTenant(caller.tenantId(), handle -> {
            TenantRepository.lock(handle, caller.tenantId());
            UserView user = UserRepository.byId(handle, id).orElseThrow(NotFoundException::new);
            if (user.roles().contains(Roles.PLATFORM_ADMIN) && !caller.isPlatformAdmin()) {
                throw new ApiException(ProblemCode.FORBIDDEN);
            }
            UserRepository.delete(handle, id);
            requireATenantAdmin(handle);
            audit.record(handle, caller, "user.deleted", "user:" + id, Map.of("roles", user.roles()));
            return null;
        });
    }

    public UserView updateMe(Caller caller, UserRequests.UpdateMe request) {
        List<FieldError> errors = UserRules.errors();
        UserRules.checkNotBlank("displayName", request.displayName(), errors);
        UserRules.checkLocale(request.preferredLocale(), errors);
        if (request.newPassword() != null && request.currentPassword() == null) {
            errors.add(FieldError.of("currentPassword", "field.required"));
        }
        UserRules.throwIfAny(errors);
        return db.inTenant(caller.tenantId(), handle -> {
            String newHash = null;
            if (request.newPassword() != null) {
                String stored = UserRepository.passwordHash(handle, caller.id()).orElseThrow(NotFoundException::new);
                if (!passwords.matches(request.currentPassword(), stored)) {
                    throw ApiException.invalid(FieldError.of("currentPassword", "field.wrong-password"));
                }
                newHash = passwords.hash(request.newPassword());
            }
            UserView updated = UserRepository.update(handle, caller.id(), trimmed(request.displayName()), null,
                    request.preferredLocale(), newHash).orElseThrow(NotFoundException::new);
            audit.record(handle, caller, "user.profile-updated", "user:" + caller.id(),
                    changes(request.displayName(), null, request.preferredLocale(), newHash != null));
            return updated;
        });
    }

    /** What changed, for the audit log: values of names, roles and locale; of a password only that it changed. */
    private static Map<String, Object> changes(String displayName, List<String> roles, String locale, boolean password) {
        Map<String, Object> changes = new TreeMap<>();
        if (displayName != null) {
            changes.put("displayName", displayName.trim());
        }
        if (roles != null) {
            changes.put("roles", roles);
        }
        if (locale != null) {
            changes.put("preferredLocale", locale);
        }
        if (password) {
            changes.put("passwordChanged", true);
        }
        return changes;
    }

    private static void requireATenantAdmin(Handle handle) {
        if (UserRepository.countWithRole(handle, Roles.TENANT_ADMIN) == 0) {
            throw new ApiException(ProblemCode.LAST_TENANT_ADMIN);
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
