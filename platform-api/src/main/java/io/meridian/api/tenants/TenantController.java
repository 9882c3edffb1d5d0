package io.meridian.api.tenants;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;

@Controller("/api/v1/tenants")
@Tag(name = "Tenants")
class TenantController {

    private final TenantService tenants;

    TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    /** All tenants for a platform admin; the caller's own tenant for everyone else. */
    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    Page<TenantView> list(Authentication authentication,
                          @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                          @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return tenants.list(Caller.of(authentication), limit, offset);
    }

    /** The caller's own tenant. */
    @Get("/current")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    TenantView current(Authentication authentication) {
        return tenants.current(Caller.of(authentication));
    }

    @Get("/{slug}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    TenantView get(Authentication authentication, String slug) {
        return tenants.get(Caller.of(authentication), slug);
    }

    @Post
    @Secured(Roles.PLATFORM_ADMIN)
    HttpResponse<TenantView> create(Authentication authentication, @Body @Valid TenantRequests.Create request) {
        TenantView created = tenants.create(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/tenants/" + created.slug()));
    }

    @Patch("/{slug}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    TenantView rename(Authentication authentication, String slug, @Body @Valid TenantRequests.Update request) {
        return tenants.rename(Caller.of(authentication), slug, request);
    }
}
