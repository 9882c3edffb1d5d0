package io.meridian.api.models;

import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Aliases of a model, and the approvals that moving a protected production alias waits for. */
@Controller("/api/v1/models/{name}")
@Tag(name = "Models")
class AliasController {

    private final AliasService aliases;

    AliasController(AliasService aliases) {
        this.aliases = aliases;
    }

    @Get("/aliases")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    List<ModelViews.AliasView> list(Authentication authentication, String name) {
        return aliases.list(Caller.of(authentication), name);
    }

    /** 200 with the alias when it moved; 202 with the approval request when the move waits for one. */
    @Put("/aliases/{alias}")
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<?> move(Authentication authentication, String name, String alias, @Body @Valid ModelRequests.MoveAlias request) {
        AliasService.MoveResult result = aliases.move(Caller.of(authentication), name, alias, request);
        if (result.pending() != null) {
            return HttpResponse.status(HttpStatus.ACCEPTED).body(result.pending())
                    .headers(headers -> headers.location(URI.create("/api/v1/models/" + name + "/approvals/" + result.pending().id())));
        }
        return HttpResponse.ok(result.moved());
    }

    @Delete("/aliases/{alias}")
    @Secured({Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<Void> remove(Authentication authentication, String name, String alias) {
        aliases.remove(Caller.of(authentication), name, alias);
        return HttpResponse.noContent();
    }

    @Get("/approvals")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER})
    List<ModelViews.ApprovalView> approvals(Authentication authentication, String name,
                                            @QueryValue @Nullable @Pattern(regexp = "PENDING|APPROVED|REJECTED|SUPERSEDED") String state) {
        return aliases.approvals(Caller.of(authentication), name, state);
    }

    /** Moves the alias as requested; the approver must be someone other than the requester. */
    @Post("/approvals/{id}/approve")
    @Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN})
    ModelViews.ApprovalView approve(Authentication authentication, String name, UUID id, @Body @Nullable @Valid ModelRequests.Decide request) {
        return aliases.approve(Caller.of(authentication), name, id, request);
    }

    @Post("/approvals/{id}/reject")
    @Secured({Roles.COMPLIANCE_ADMIN, Roles.TENANT_ADMIN})
    ModelViews.ApprovalView reject(Authentication authentication, String name, UUID id, @Body @Nullable @Valid ModelRequests.Decide request) {
        return aliases.reject(Caller.of(authentication), name, id, request);
    }
}
