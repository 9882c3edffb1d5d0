package io.meridian.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Login and the signed-in user: {@code /api/v1/auth/login}, {@code /api/v1/me}. */
public final class AuthApi {

    public record LoginRequest(String tenant, String email, String password) {
    }

    public record Tenant(UUID id, String slug, String name, String homeRegion) {
    }

    public record User(UUID id, String email, String displayName, String preferredLocale, List<String> roles) {
    }

    public record LoginResponse(String accessToken, String tokenType, long expiresIn, Tenant tenant, User user) {
    }

    public record Me(String kind, Tenant tenant, User user) {
    }

    /** Only the fields set change. */
    public record ProfileChange(String preferredLocale) {
    }

    private final ApiClient client;

    public AuthApi(ApiClient client) {
        this.client = client;
    }

    public LoginResponse login(String tenant, String email, String password) {
        return client.post("/api/v1/auth/login", new LoginRequest(tenant, email, password), LoginResponse.class);
    }

    public Me me() {
        return client.get("/api/v1/me", Me.class);
    }

    /** Remembers the user's language in their profile, so it follows them to other browsers. */
    public User savePreferredLocale(String languageTag) {
        return client.patch("/api/v1/me", new ProfileChange(languageTag), User.class);
    }

    /** When a token issued now for {@code expiresIn} seconds stops working. */
    public static Instant expiry(LoginResponse response, Instant issued) {
        return issued.plusSeconds(response.expiresIn());
    }
}
