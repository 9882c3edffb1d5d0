package io.meridian.api.security;

import com.nimbusds.jwt.JWTParser;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.problem.ProblemRenderer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * 401 and 403 as problem documents that say why: no credentials, an unknown, revoked or expired
 * key, an expired token; a role that may not, or an API key that lacks the scope.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ProblemRenderer renderer;
    private final Clock clock;

    AuthorizationProblemHandler(ProblemRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        ApiException problem;
        if (exception.isForbidden()) {
            problem = new ApiException(Caller.isApiKey(exception.getAuthentication())
                    ? ProblemCode.INSUFFICIENT_SCOPE : ProblemCode.FORBIDDEN);
        } else {
            problem = request.getAttribute(ApiKeyAuthenticationFetcher.REJECTION, ApiException.class)
                    .or(() -> expiredToken(request))
                    .orElseGet(() -> new ApiException(ProblemCode.UNAUTHENTICATED));
        }
        MutableHttpResponse<?> response = renderer.render(request, problem);
        if (!exception.isForbidden()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"meridian\"");
        }
        return response;
    }

    /** A well-formed JWT past its expiry deserves "expired", not "who are you?". */
    private Optional<ApiException> expiredToken(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.startsWith("Bearer " + ApiKeySecrets.PREFIX)) {
            return Optional.empty();
        }
        try {
            Date expiry = JWTParser.parse(authorization.substring("Bearer ".length()).trim()).getJWTClaimsSet().getExpirationTime();
            if (expiry != null && expiry.toInstant().isBefore(clock.instant())) {
                return Optional.of(new ApiException(ProblemCode.CREDENTIALS_EXPIRED, Map.of("expiredAt", expiry.toInstant().toString())));
            }
        } catch (ParseException notAJwt) {
            // an unreadable token is simply not authentication
        }
        return Optional.empty();
    }
}
