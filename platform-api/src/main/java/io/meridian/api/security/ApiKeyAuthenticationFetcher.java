package io.meridian.api.security;

import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.ProblemCode;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates API clients: a key in {@code X-API-Key}, or {@code Authorization: Bearer mk_…}.
 * A key that is unknown, revoked or expired authenticates nobody; the reason is left on the
 * request so that the 401 can say which it was.
 */
@Singleton
final class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String HEADER = "X-API-Key";
    static final String REJECTION = "meridian.auth.rejection";

    private final ApiKeyDirectory directory;
    private final ApiKeyUsage usage;
    private final ExecutorService blocking;
    private final Clock clock;

    ApiKeyAuthenticationFetcher(ApiKeyDirectory directory, ApiKeyUsage usage,
                                @Named(TaskExecutors.BLOCKING) ExecutorService blocking, Clock clock) {
        this.directory = directory;
        this.usage = usage;
        this.blocking = blocking;
        this.clock = clock;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String key = presentedKey(request);
        if (key == null) {
            return Publishers.empty();
        }
        Optional<ResolvedApiKey> cached = directory.cached(key);
        if (cached != null) {
            return authenticate(request, cached).map(Publishers::just).orElseGet(Publishers::empty);
        }
        // a cache miss asks PostgreSQL: keep that off the event loop
        return Publishers.fromCompletableFuture(CompletableFuture
                .supplyAsync(() -> authenticate(request, directory.find(key)).orElse(null), blocking));
    }

    private Optional<Authentication> authenticate(HttpRequest<?> request, Optional<ResolvedApiKey> found) {
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return reject(request, new ApiException(ProblemCode.INVALID_API_KEY));
        }
        ResolvedApiKey key = found.get();
        if (key.revoked()) {
            return reject(request, new ApiException(ProblemCode.CREDENTIALS_REVOKED));
        }
        if (key.expiredAt(now)) {
            return reject(request, new ApiException(ProblemCode.CREDENTIALS_EXPIRED, Map.of("expiredAt", key.expiresAt().toString())));
        }
        usage.used(key, now);
        return Optional.of(Authentication.build(key.id().toString(),
                key.scopes().stream().map(Scopes::role).toList(),
                Caller.attributes(Caller.Kind.API_KEY, key.tenantId())));
    }

    private static Optional<Authentication> reject(HttpRequest<?> request, ApiException reason) {
        request.setAttribute(REJECTION, reason);
        return Optional.empty();
    }

    private static String presentedKey(HttpRequest<?> request) {
        String header = request.getHeaders().get(HEADER);
        if (header != null) {
            return header.trim();
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("Bearer " + ApiKeySecrets.PREFIX)) {
            return authorization.substring("Bearer ".length()).trim();
        }
        return null;
    }
}
