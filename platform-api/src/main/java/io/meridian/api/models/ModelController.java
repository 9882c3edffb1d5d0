package io.meridian.api.models;

import io.meridian.api.Page;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.meridian.registry.VersionRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Models of the tenant: data scientists create and describe them; everyone in the tenant reads them. */
@Controller("/api/v1/models")
@Tag(name = "Models")
class ModelController {

    private final ModelService models;
    private final ResolvedVersions resolved;
    private final ExecutorService blocking;

    ModelController(ModelService models, ResolvedVersions resolved, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.models = models;
        this.resolved = resolved;
        this.blocking = blocking;
    }

    @Post
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<ModelViews.ModelView> create(Authentication authentication, @Body @Valid ModelRequests.CreateModel request) {
        ModelViews.ModelView model = models.create(Caller.of(authentication), request);
        return HttpResponse.created(model, URI.create("/api/v1/models/" + model.name()));
    }

    /** Search: name prefix, tags (all of them), sorted by name, createdAt or updatedAt. */
    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    Page<ModelViews.ModelView> search(Authentication authentication,
                                      @QueryValue @Nullable @Size(max = 100) String name,
                                      @QueryValue @Nullable @Size(max = 10) List<String> tag,
                                      @QueryValue(defaultValue = "name") @Pattern(regexp = "name|createdAt|updatedAt") String sort,
                                      @QueryValue(defaultValue = "asc") @Pattern(regexp = "asc|desc") String order,
                                      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                      @QueryValue(defaultValue = "0") @Min(0) int offset) {
        RegistrySearch.ModelSort by = switch (sort) {
            case "createdAt" -> RegistrySearch.ModelSort.CREATED_AT;
            case "updatedAt" -> RegistrySearch.ModelSort.UPDATED_AT;
            default -> RegistrySearch.ModelSort.NAME;
        };
        return models.search(Caller.of(authentication), new RegistrySearch.ModelFilter(name,
                RegistryQueries.tags(tag, "tag"), by, "desc".equals(order)), limit, offset);
    }

    /**
     * A model by name; {@code churn@production} or {@code churn@3} resolves to that version instead.
     * A reference this replica already knows the current answer to is answered on the event loop,
     * without a thread hand-off or a database round trip; anything else is read on the blocking executor.
     */
    @Get("/{name}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    CompletableFuture<HttpResponse<?>> get(Authentication authentication, @Size(max = 200) String name) {
        Caller caller = Caller.of(authentication);
        if (name.indexOf('@') < 0) {
            return CompletableFuture.supplyAsync(() -> HttpResponse.ok(models.get(caller, name)), blocking);
        }
        VersionRef ref = VersionRef.parse(name).orElseThrow(NotFoundException::new);
        Optional<ServableVersions.Servable> known = resolved.known(caller, ref);
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(HttpResponse.ok(known.get().version()));
        }
        return CompletableFuture.supplyAsync(() -> HttpResponse.ok(resolved.resolve(caller, ref).version()), blocking);
    }

    @Patch("/{name}")
    @Secured({Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST})
    ModelViews.ModelView update(Authentication authentication, String name, @Body @Valid ModelRequests.UpdateModel request) {
        return models.update(Caller.of(authentication), name, request);
    }
}
