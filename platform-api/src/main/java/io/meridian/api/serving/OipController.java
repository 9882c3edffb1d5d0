package io.meridian.api.serving;

import io.meridian.api.i18n.RequestLocale;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Open Inference Protocol v2 REST API (KServe, Triton clients) over the same serving as
 * {@code /api/v1/…/predict}: same callers, policy, rate limit, inference log and language routing.
 * {@code {name}} is the model's production alias; {@code versions/{version}} the registry's number.
 * Errors are the platform's problem documents with the {@code error} member v2 requires.
 */
@Controller("/v2")
@Tag(name = "Serving")
class OipController {

    private static final String VERSION = "[1-9][0-9]{0,8}";

    private final PredictionService predictions;
    private final OipModels models;

    OipController(PredictionService predictions, OipModels models) {
        this.predictions = predictions;
        this.models = models;
    }

    /** Probes say nothing about any tenant: open like {@code /health}. */
    @Get("/health/live")
    @Secured(SecurityRule.IS_ANONYMOUS)
    OipViews.Live live() {
        return new OipViews.Live(true);
    }

    /** Answering requests means ready: models load on demand, per tenant. */
    @Get("/health/ready")
    @Secured(SecurityRule.IS_ANONYMOUS)
    OipViews.Ready ready() {
        return new OipViews.Ready(true);
    }

    @Get("/models/{name}")
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.ModelMetadata metadata(Authentication authentication, String name) {
        return models.metadata(Caller.of(authentication), name, null);
    }

    @Get("/models/{name}/versions/{version}")
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.ModelMetadata versionMetadata(Authentication authentication, String name, @Pattern(regexp = VERSION) String version) {
        return models.metadata(Caller.of(authentication), name, version);
    }

    @Get("/models/{name}/ready")
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.ModelReady modelReady(Authentication authentication, String name) {
        return models.ready(Caller.of(authentication), name, null);
    }

    @Get("/models/{name}/versions/{version}/ready")
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.ModelReady versionReady(Authentication authentication, String name, @Pattern(regexp = VERSION) String version) {
        return models.ready(Caller.of(authentication), name, version);
    }

    @Post(value = "/models/{name}/infer", consumes = MediaType.APPLICATION_JSON)
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.InferResponse infer(HttpRequest<?> request, Authentication authentication, String name, @Body String body) {
        return infer(request, authentication, name, null, body);
    }

    @Post(value = "/models/{name}/versions/{version}/infer", consumes = MediaType.APPLICATION_JSON)
    @Secured({Scopes.SCOPE_INFERENCE, Roles.DATA_SCIENTIST, Roles.TENANT_ADMIN})
    OipViews.InferResponse inferVersion(HttpRequest<?> request, Authentication authentication, String name,
                                        @Pattern(regexp = VERSION) String version, @Body String body) {
        return infer(request, authentication, name, version, body);
    }

    private OipViews.InferResponse infer(HttpRequest<?> request, Authentication authentication, String name,
                                         @Nullable String version, String body) {
        OipInferRequest inference = OipInferRequest.read(body);
        ServedPrediction served = predictions.predict(Caller.of(authentication), OipModels.reference(name, version), inference,
                RequestLocale.of(request));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("region", served.region());
        parameters.put("content_language", served.locale().toLanguageTag());
        if (served.routedBy() != null) {
            parameters.put("routed_by", served.routedBy());
        }
        return new OipViews.InferResponse(served.servable().version().model(),
                String.valueOf(served.servable().version().version()), inference.id(), parameters,
                OipOutputs.of(served, inference.outputs()));
    }
}
