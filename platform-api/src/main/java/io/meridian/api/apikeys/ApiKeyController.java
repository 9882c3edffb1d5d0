package io.meridian.api.apikeys;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.util.UUID;

/** API keys for the tenant's clients. The key is in the creation answer only; DELETE revokes. */
@Controller("/api/v1/api-keys")
@Secured({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
@Tag(name = "API keys")
class ApiKeyController {

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @Get
    Page<ApiKeyView> list(Authentication authentication,
                          @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                          @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return keys.list(Caller.of(authentication), limit, offset);
    }

    @Post
    HttpResponse<CreatedApiKey> create(Authentication authentication, @Body @Valid ApiKeyRequests.Create request) {
        CreatedApiKey created = keys.create(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/api-keys/" + created.apiKey().id()));
    }

    @Get("/{id}")
    ApiKeyView get(Authentication authentication, UUID id) {
        return keys.get(Caller.of(authentication), id);
    }

    @Delete("/{id}")
    HttpResponse<Void> revoke(Authentication authentication, UUID id) {
        keys.revoke(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }
}
