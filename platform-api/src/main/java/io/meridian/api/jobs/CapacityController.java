package io.meridian.api.jobs;

import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** GPU pools (everyone signed in), the tenant's own quota, and quotas set by platform admins. */
@Controller("/api/v1")
@Tag(name = "Training capacity")
class CapacityController {

    private final CapacityService capacity;

    CapacityController(CapacityService capacity) {
        this.capacity = capacity;
    }

    @Get("/training-pools")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<JobViews.PoolView> pools() {
        return capacity.pools();
    }

    @Get("/quota")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    JobViews.QuotaView quota(Authentication authentication) {
        return capacity.quota(Caller.of(authentication));
    }

    @Put("/tenants/{id}/quota")
    @Secured(Roles.PLATFORM_ADMIN)
    JobViews.QuotaView setQuota(Authentication authentication, UUID id, @Body JobRequests.Quota request) {
        return capacity.setQuota(Caller.of(authentication), id, request);
    }
}
