package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's users ({@code /api/v1/users}), managed by tenant admins. */
public final class UsersApi {

    public record User(UUID id, String email, String displayName, String preferredLocale, List<String> roles, Instant createdAt,
                       Instant updatedAt) {
    }

    public record NewUser(String email, String displayName, String password, List<String> roles) {
    }

    record RolesChange(List<String> roles) {
    }

    private final ApiClient client;

    public UsersApi(ApiClient client) {
        this.client = client;
    }

    public Page<User> list(int limit, int offset) {
        return client.get("/api/v1/users?limit=" + limit + "&offset=" + offset, new TypeReference<Page<User>>() { });
    }

    public User create(NewUser user) {
        return client.post("/api/v1/users", user, User.class);
    }

    public User changeRoles(UUID id, List<String> roles) {
        return client.patch("/api/v1/users/" + id, new RolesChange(roles), User.class);
    }

    public void delete(UUID id) {
        client.delete("/api/v1/users/" + id);
    }
}
