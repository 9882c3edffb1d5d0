package io.meridian.api.users;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.util.UUID;

/** Users of the caller's tenant. Tenant admins manage them; a user in another tenant is 404. */
@Controller("/api/v1/users")
@Secured({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
@Tag(name = "Users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @Get
    Page<UserView> list(Authentication authentication,
                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                        @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return users.list(Caller.of(authentication), limit, offset);
    }

    @Post
    HttpResponse<UserView> create(Authentication authentication, @Body @Valid UserRequests.Create request) {
        UserView created = users.create(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()));
    }

    @Get("/{id}")
    UserView get(Authentication authentication, UUID id) {
        return users.get(Caller.of(authentication), id);
    }

    @Patch("/{id}")
    UserView update(Authentication authentication, UUID id, @Body @Valid UserRequests.Update request) {
        return users.update(Caller.of(authentication), id, request);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication authentication, UUID id) {
        users.delete(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }
}
