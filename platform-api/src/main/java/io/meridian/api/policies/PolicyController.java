package io.meridian.api.policies;

import io.meridian.api.i18n.RequestLocale;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Residency and privacy policies per source region: read by everyone, changed by compliance and tenant admins. */
@Controller("/api/v1/policies")
@Tag(name = "Policies")
class PolicyController {


    private final PolicyService policies;
    private final DryRunService dryRuns;

    PolicyController(PolicyService policies, DryRunService dryRuns) {
        this.policies = policies;
        this.dryRuns = dryRuns;
    }

    /** The policy in force for every region (version 0: the jurisdiction's default). */
    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<PolicyViews.Version> current(Authentication authentication) {
        return policies.current(Caller.of(authentication));
    }

    @Get("/{region}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    PolicyViews.Version current(Authentication authentication, String region) {
        return policies.current(Caller.of(authentication), region);
    }

    /** A new version: validated as a whole (contradictions name their field), audited with its reason. */
    @Put("/{region}")
    @Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN})
    HttpResponse<PolicyViews.Version> change(Authentication authentication, String region,
                                             @Body @Valid PolicyRequests.Change request) {
        PolicyViews.Version version = policies.change(Caller.of(authentication), region, request);
        return HttpResponse.created(version, URI.create("/api/v1/policies/" + region + "/versions/" + version.version()));
    }

    @Get("/{region}/versions")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<PolicyViews.Version> history(Authentication authentication, String region) {
        return policies.history(Caller.of(authentication), region);
    }

    @Get("/{region}/versions/{version}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    PolicyViews.Version version(Authentication authentication, String region, @Min(0) int version) {
        return policies.version(Caller.of(authentication), region, version);
    }

    /** Field by field, what changed between two versions. */
    @Get("/{region}/diff")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    PolicyViews.Diff diff(Authentication authentication, String region, @QueryValue @Min(0) int from, @QueryValue @Min(0) int to) {
        return policies.diff(Caller.of(authentication), region, from, to);
    }

    /** What the decision point would answer, under the policy in force or under proposed rules. */
    @Post("/dry-run")
    @Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    PolicyViews.DecisionView dryRun(HttpRequest<?> http, Authentication authentication, @Body @Valid PolicyRequests.DryRun request) {
        Locale locale = RequestLocale.of(http);
        return dryRuns.dryRun(Caller.of(authentication), request, locale);
    }
}
