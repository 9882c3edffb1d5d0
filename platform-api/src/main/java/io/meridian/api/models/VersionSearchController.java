package io.meridian.api.models;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/** Versions across the tenant's models: search, compare; and the registry's event feed. */
@Controller("/api/v1")
@Tag(name = "Models")
@Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
class VersionSearchController {

    private final VersionService versions;
    private final RegistryEventService events;

    VersionSearchController(VersionService versions, RegistryEventService events) {
        this.versions = versions;
        this.events = events;
    }

    /**
     * Filters combine: model name, tags (all of them), alias, metric thresholds such as
     * {@code metric=accuracy>=0.9}. Sort by createdAt, version, model or {@code metric:<name>}.
     */
    @Get("/model-versions")
    Page<ModelViews.VersionListingView> search(Authentication authentication,
                                        @QueryValue @Nullable @Size(max = 100) String model,
                                        @QueryValue @Nullable @Size(max = 10) List<String> tag,
                                        @QueryValue @Nullable @Size(max = 64) String alias,
                                        @QueryValue @Nullable @Size(max = 5) List<String> metric,
                                        @QueryValue(defaultValue = "createdAt") @Pattern(regexp = "createdAt|version|model|metric:[a-z][a-z0-9_]{0,63}") String sort,
                                        @QueryValue(defaultValue = "desc") @Pattern(regexp = "asc|desc") String order,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                        @QueryValue(defaultValue = "0") @Min(0) int offset) {
        Optional<String> sortMetric = sort.startsWith("metric:") ? Optional.of(sort.substring("metric:".length())) : Optional.empty();
        RegistrySearch.VersionSort by = switch (sort) {
            case "version" -> RegistrySearch.VersionSort.VERSION;
            case "model" -> RegistrySearch.VersionSort.MODEL;
            default -> RegistrySearch.VersionSort.CREATED_AT;
        };
        return versions.search(Caller.of(authentication), new RegistrySearch.VersionFilter(model,
                RegistryQueries.tags(tag, "tag"), RegistryQueries.alias(alias), RegistryQueries.thresholds(metric),
                by, sortMetric, "desc".equals(order)), limit, offset);
    }

    /** Two versions side by side, each as {@code name@alias} or {@code name@number}. */
    @Get("/model-versions/compare")
    ModelViews.ComparisonView compare(Authentication authentication, @QueryValue @Size(max = 200) String left,
                                      @QueryValue @Size(max = 200) String right) {
        return versions.compare(Caller.of(authentication), RegistryQueries.ref(left, "left"), RegistryQueries.ref(right, "right"));
    }

    /** Registry events after a sequence number, oldest first: what a webhook dispatcher would deliver. */
    @Get("/registry-events")
    List<ModelViews.EventView> events(Authentication authentication,
                                      @QueryValue(defaultValue = "0") @Min(0) long after,
                                      @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return events.after(Caller.of(authentication), after, limit);
    }
}
