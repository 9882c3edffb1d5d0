package io.meridian.api.serving;

import io.meridian.api.models.ServableVersions;
import io.meridian.api.security.Caller;
import io.meridian.registry.VersionRef;
import io.meridian.training.serving.ClassPrediction;
import io.meridian.training.serving.Prediction;
import io.meridian.training.serving.ValuePrediction;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline of bench/predict.sh, on the test classpath only and only when
 * {@code meridian.bench.bare-predict} is true: the same body parsed the same way and the same cached
 * predictor called, but no authentication, rate limit, version resolution, policy decision,
 * validation, translation, formatting or inference log. What predict costs beyond this is the
 * platform's overhead.
 */
@Requires(property = "meridian.bench.bare-predict", value = "true")
@Controller("/bench")
@Secured(SecurityRule.IS_ANONYMOUS)
class BarePredictController {

    private final ServableVersions versions;
    private final PredictorCache predictors;
    private final Map<String, ServableVersions.Servable> resolved = new ConcurrentHashMap<>();

    BarePredictController(ServableVersions versions, PredictorCache predictors) {
        this.versions = versions;
        this.predictors = predictors;
    }

    @Post(value = "/{tenant}/{model}/predict", consumes = MediaType.APPLICATION_JSON)
    List<Object> predict(UUID tenant, String model, @Body String body) {
        List<Map<String, Object>> rows = PredictRequestReader.rows(body);
        ServableVersions.Servable servable = resolved.computeIfAbsent(tenant + "/" + model, key -> versions.resolve(
                new Caller(Caller.Kind.API_KEY, UUID.randomUUID(), tenant, Set.of()), VersionRef.parse(model + "@production").orElseThrow()));
        return predictors.with(tenant, servable.modelId(), servable.task(), servable.version(),
                predictor -> predictor.predict(rows).stream().map(BarePredictController::plain).toList());
    }

    /** The raw answer as plain maps (the serving core's records are not serializable by Micronaut). */
    private static Object plain(Prediction prediction) {
        return switch (prediction) {
            case ClassPrediction labelled -> Map.of("label", labelled.label(), "probabilities", labelled.probabilities().stream()
                    .map(each -> Map.of("label", each.label(), "probability", each.probability())).toList());
            case ValuePrediction value -> Map.of("value", value.value());
        };
    }
}
