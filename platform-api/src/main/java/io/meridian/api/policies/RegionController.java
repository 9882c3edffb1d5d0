package io.meridian.api.policies;

import io.meridian.api.jobs.TrainingPools;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.meridian.compliance.RegionCatalog;
import io.meridian.registry.artifacts.ArtifactStores;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The regions of the platform: their jurisdictions, blob stores and GPU pools. */
@Controller("/api/v1/regions")
@Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
@Tag(name = "Policies")
class RegionController {

    private final RegionCatalog regions;
    private final ArtifactStores stores;
    private final TrainingPools pools;

    RegionController(RegionCatalog regions, ArtifactStores stores, TrainingPools pools) {
        this.regions = regions;
        this.stores = stores;
        this.pools = pools;
    }

    @Get
    List<PolicyViews.RegionView> list() {
        return regions.all().stream()
                .map(region -> new PolicyViews.RegionView(region.code(), region.displayName(), region.jurisdiction().name(),
                        stores.in(region.code()).location(), pools.inRegion(region.code()).stream()
                        .map(pool -> new PolicyViews.GpuPoolView(pool.name(), pool.gpuType(), pool.gpus(), pool.slots())).toList()))
                .toList();
    }
}
