package io.meridian.api.policies;

import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.meridian.compliance.RegionCatalog;
import io.meridian.registry.artifacts.ArtifactStores;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The regions of the platform and their jurisdictions. */
@Controller("/api/v1/regions")
@Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
@Tag(name = "Policies")
class RegionController {

    private final RegionCatalog regions;
    private final ArtifactStores stores;

    RegionController(RegionCatalog regions, ArtifactStores stores) {
        this.regions = regions;
        this.stores = stores;
    }

    @Get
    List<PolicyViews.RegionView> list() {
        return regions.all().stream()
                .map(region -> new PolicyViews.RegionView(region.code(), region.displayName(), region.jurisdiction().name(),
                        stores.in(region.code()).location()))
                .toList();
    }
}
