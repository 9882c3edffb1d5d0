package io.meridian.api.tenants;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.database.UniqueViolation;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.security.PasswordHasher;
import io.meridian.api.security.Roles;
import io.meridian.api.users.UserRequests;
import io.meridian.api.users.UserService;
import io.meridian.api.policies.KnownRegions;
import io.meridian.i18n.SupportedLocales;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.HandleCallback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants. A platform admin sees and creates them all; everyone else sees only their own, and
 * another tenant looks exactly like one that does not exist.
 */
@Singleton
public final class TenantService {

    private final TenantDb db;
    private final KnownRegions knownRegions;
    private final CellRegions cellRegions;
    private final PasswordHasher passwords;
    private final AuditLog audit;

    TenantService(TenantDb db, KnownRegions knownRegions, CellRegions cellRegions, PasswordHasher passwords, AuditLog audit) {
        this.db = db;
        this.knownRegions = knownRegions;
        this.cellRegions = cellRegions;
        this.passwords = passwords;
        this.audit = audit;
    }

    public Page<TenantView> list(Caller caller, int limit, int offset) {
        if (caller.isPlatformAdmin()) {
            return db.acrossTenants(handle -> new Page<>(TenantRepository.page(handle, limit, offset), limit, offset,
                    TenantRepository.count(handle)));
        }
        List<TenantView> own = offset == 0 ? List.of(current(caller)) : List.of();
        return new Page<>(own, limit, offset, 1);
    }

    public TenantView current(Caller caller) {
        return TenantRepository.byId(db, caller.tenantId()).orElseThrow(NotFoundException::new);
    }

    public TenantView get(Caller caller, String slug) {
        return visible(caller, slug).orElseThrow(NotFoundException::new);
    }

    private Optional<TenantView> visible(Caller caller, String slug) {
        return asCaller(caller, handle -> TenantRepository.bySlug(handle, slug));
    }

    /** A platform admin's transaction sees every tenant row, anyone else's only their own. */
    private <T> T asCaller(Caller caller, HandleCallback<T, RuntimeException> work) {
        return caller.isPlatformAdmin() ? db.acrossTenants(work) : db.inTenant(caller.tenantId(), work);
    }

    /** The tenant and its first tenant admin, in one transaction. */
    public TenantView create(Caller caller, TenantRequests.Create request) {
        knownRegions.require(request.homeRegion(), "homeRegion");
        cellRegions.requireHome(request.homeRegion(), "homeRegion");
        UserRequests.InitialAdmin admin = request.admin();
        if (admin.preferredLocale() != null && !SupportedLocales.isSupportedTag(admin.preferredLocale())) {
            throw ApiException.invalid(FieldError.of("admin.preferredLocale", "field.unsupported-locale", "allowed",
                    String.join(", ", SupportedLocales.all().stream().map(Locale::toLanguageTag).toList())));
        }
        String hash = passwords.hash(admin.password());
        return db.acrossTenants(handle -> {
            TenantView tenant;
            try {
                tenant = TenantRepository.insert(handle, request.slug(), request.name().trim(), request.homeRegion());
            } catch (RuntimeException e) {
                if (UniqueViolation.constraintOf(e).isPresent()) {
                    throw ApiException.conflict("tenant-slug", request.slug());
                }
                throw e;
            }
            TenantDb.enterTenant(handle, tenant.id());
            var firstAdmin = UserService.insert(handle, tenant.id(), admin.email(), admin.displayName(),
                    admin.preferredLocale(), List.of(Roles.TENANT_ADMIN), hash);
            // the new tenant's log starts with its creation, by the platform admin of another tenant
            audit.record(handle, tenant.id(), AuditLog.actor(caller), "tenant.created", "tenant:" + tenant.slug(),
                    Map.of("homeRegion", tenant.homeRegion(), "firstAdmin", "user:" + firstAdmin.id()));
            return tenant;
        });
    }

    public TenantView rename(Caller caller, String slug, TenantRequests.Update request) {
        if (request.name().isBlank()) {
            throw ApiException.invalid(FieldError.of("name", "field.required"));
        }
        return asCaller(caller, handle -> {
            Optional<TenantView> renamed = TenantRepository.bySlug(handle, slug)
                    .flatMap(tenant -> TenantRepository.rename(handle, tenant.id(), request.name().trim()));
            renamed.ifPresent(tenant -> {
                TenantDb.enterTenant(handle, tenant.id());
                audit.record(handle, tenant.id(), AuditLog.actor(caller), "tenant.renamed", "tenant:" + slug,
                        Map.of("name", tenant.name()));
            });
            return renamed;
        }).orElseThrow(NotFoundException::new);
    }
}
