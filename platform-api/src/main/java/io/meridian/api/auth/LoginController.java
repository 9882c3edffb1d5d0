package io.meridian.api.auth;

import io.meridian.api.problem.ProblemRenderer;
import io.meridian.api.security.ClientAddresses;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** POST /api/v1/auth/login: tenant, email and password in, a bearer token out. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Authentication")
class LoginController {

    private final LoginService logins;
    private final ProblemRenderer problems;
    private final ClientAddresses clientAddresses;

    LoginController(LoginService logins, ProblemRenderer problems, ClientAddresses clientAddresses) {
        this.logins = logins;
        this.problems = problems;
        this.clientAddresses = clientAddresses;
    }

    @Post("/login")
    HttpResponse<?> login(HttpRequest<?> http, @Body @Valid LoginRequest request) {
        try {
            return HttpResponse.ok(logins.login(request, clientAddresses.of(http)));
        } catch (LoginService.Throttled throttled) {
            return problems.render(http, throttled)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttled.retryAfter.toSeconds())));
        }
    }
}
