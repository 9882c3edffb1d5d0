package io.meridian.api.auth;

import io.meridian.api.apikeys.ApiKeyService;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.tenants.TenantService;
import io.meridian.api.users.UserRequests;
import io.meridian.api.users.UserService;
import io.meridian.api.users.UserView;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The caller itself: any valid credentials may ask who they are; users may edit their profile. */
@Controller("/api/v1/me")
@Tag(name = "Authentication")
class MeController {

    private final TenantService tenants;
    private final UserService users;
    private final ApiKeyService keys;

    MeController(TenantService tenants, UserService users, ApiKeyService keys) {
        this.tenants = tenants;
        this.users = users;
        this.keys = keys;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MeView me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        var tenant = tenants.current(caller);
        return caller.kind() == Caller.Kind.USER
                ? new MeView("user", tenant, users.get(caller, caller.id()), null)
                : new MeView("api-key", tenant, null, keys.get(caller, caller.id()));
    }

    @Patch
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    UserView update(Authentication authentication, @Body @Valid UserRequests.UpdateMe request) {
        return users.updateMe(Caller.of(authentication), request);
    }
}
