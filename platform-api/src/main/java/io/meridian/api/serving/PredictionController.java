package io.meridian.api.serving;

import io.meridian.api.i18n.RequestLocale;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Predictions of a model version, answered in the request's language: API keys with the
 * {@code inference} scope, and data scientists and tenant admins trying a model in the console.
 */
@Controller("/api/v1/models")
@Tag(name = "Serving")
class PredictionController {

    private final PredictionService predictions;

    PredictionController(PredictionService predictions) {
        this.predictions = predictions;
    }

    /**
     * {@code ref}: {@code churn@production}, {@code churn@3}, or {@code churn} (its production alias);
     * a malformed one is a 404 (VersionRef). The hot path: the body is bound as bytes and no
     * parameter carries a constraint, so no validation interceptor wraps the call.
     */
    @Post(value = "/{ref}/predict", consumes = MediaType.APPLICATION_JSON)
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    PredictionViews.PredictResponse predict(HttpRequest<?> request, Authentication authentication, String ref,
                                            @Body byte[] body) {
        ServedPrediction served = predictions.predict(Caller.of(authentication), ref,
                PredictInput.rows(PredictRequestReader.rows(body)), RequestLocale.of(request));
        return new PredictionViews.PredictResponse(served.servable().version().model(), served.servable().version().version(),
                served.region(), served.locale().toLanguageTag(), served.routedBy(), served.answers());
    }
}
