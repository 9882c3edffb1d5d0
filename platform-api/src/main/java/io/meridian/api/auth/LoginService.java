package io.meridian.api.auth;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.api.security.LoginThrottle;
import io.meridian.api.security.PasswordHasher;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.api.tenants.TenantView;
import io.meridian.api.users.UserRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a password and issues a signed JWT (HS256) carrying the user id, tenant and roles.
 * Unknown tenant, unknown email and wrong password fail alike, in about the same time.
 */
@Singleton
final class LoginService {

    /** A login that throttling refused; the caller must wait this long. */
    static final class Throttled extends ApiException {
        final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super(ProblemCode.TOO_MANY_LOGIN_ATTEMPTS, Map.of("seconds", Math.max(1, retryAfter.toSeconds())));
            this.retryAfter = retryAfter;
        }
    }

    private final TenantDb db;
    private final AuditLog audit;
    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final TokenGenerator tokens;
    private final Duration tokenLifetime;

    LoginService(TenantDb db, AuditLog audit, PasswordHasher passwords, LoginThrottle throttle, TokenGenerator tokens,
                 @Value("${meridian.auth.token-lifetime:1h}") Duration tokenLifetime) {
        this.db = db;
        this.audit = audit;
        this.passwords = passwords;
        this.throttle = throttle;
        this.tokens = tokens;
        this.tokenLifetime = tokenLifetime;
    }

    LoginResponse login(LoginRequest request, String clientAddress) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        String account = request.tenant() + "/" + email;
        Optional<Duration> wait = throttle.blockedFor(account, clientAddress);
        if (wait.isPresent()) {
            throw new Throttled(wait.get());
        }
        UUID tenantId = db.beforeAuthentication(handle -> handle.createQuery("select tenant_id_for_login(:slug)")
                .bind("slug", request.tenant()).mapTo(UUID.class).findOne().orElse(null));
        Optional<UserRepository.Credentials> found = tenantId == null ? Optional.empty()
                : db.inTenant(tenantId, handle -> UserRepository.credentialsByEmail(handle, email));
        boolean matches = found.isPresent()
                ? passwords.matches(request.password(), found.get().passwordHash())
                : decoy(request.password());
        if (!matches) {
            throttle.failed(account, clientAddress);
            throw new ApiException(ProblemCode.INVALID_CREDENTIALS);
        }
        var user = found.get().user();
        TenantView tenant = db.inTenant(tenantId, handle -> {
            audit.record(handle, tenantId, "user:" + user.id(), "auth.login", "user:" + user.id(),
                    Map.of("address", clientAddress));
            return TenantRepository.byId(handle, tenantId).orElseThrow();
        });
        Map<String, Object> claims = new HashMap<>(Caller.attributes(Caller.Kind.USER, tenantId));
        claims.put("locale", user.preferredLocale());
        String token = tokens.generateToken(Authentication.build(user.id().toString(), user.roles(), claims),
                        (int) tokenLifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no JWT signature configured"));
        return new LoginResponse(token, "Bearer", tokenLifetime.toSeconds(), tenant, user);
    }

    private boolean decoy(String password) {
        passwords.verifyDecoy(password);
        return false;
    }
}
