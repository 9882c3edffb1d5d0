package io.meridian.api.serving;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.models.ModelViews;
import io.meridian.api.models.ServableVersions;
import io.meridian.api.policies.PolicyDecisions;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.security.Caller;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.MessageKeys;
import io.meridian.registry.Violation;
import io.meridian.registry.VersionRef;
import io.meridian.training.serving.InvalidInputException;
import io.meridian.training.serving.Prediction;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One prediction request: rate limit, version by reference, language variant, personal data in the
 * inputs, SERVE decision for this replica's region, the inputs treated as it obliges, cached
 * predictor, validation, prediction, answers in the request's locale,
 * inference log. Native and v2 requests both come through here.
 */
@Singleton
final class PredictionService {

    private final ServableVersions versions;
    private final ServingPolicy policy;
    private final PredictorCache predictors;
    private final LabelCatalogs labels;
    private final LanguageRouter router;
    private final InferenceRateLimiter rateLimiter;
    private final InferenceLogWriter log;
    private final InputPii inputPii;
    private final InputRedaction redaction;
    private final ServingSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    PredictionService(ServableVersions versions, ServingPolicy policy, PredictorCache predictors, LabelCatalogs labels,
                      LanguageRouter router, InferenceRateLimiter rateLimiter, InferenceLogWriter log, InputPii inputPii, InputRedaction redaction,
                      ServingSettings settings, JsonMapper json, Clock clock) {
        this.versions = versions;
        this.policy = policy;
        this.predictors = predictors;
        this.labels = labels;
        this.router = router;
        this.rateLimiter = rateLimiter;
        this.log = log;
        this.inputPii = inputPii;
        this.redaction = redaction;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** {@code reference}: {@code churn@production}, {@code churn@3}, or {@code churn} (its production alias). */
    ServedPrediction predict(Caller caller, String reference, PredictInput input, Locale locale) {
        long started = System.nanoTime();
        rateLimiter.admit(caller);
        VersionRef ref = VersionRef.parse(reference.indexOf('@') >= 0 ? reference : reference + "@production")
                .orElseThrow(NotFoundException::new);
        ServableVersions.Servable base = versions.resolve(caller, ref);
        List<Map<String, Object>> rows = input.rows(base.version().signature());
        LanguageRouter.Route route = router.route(caller, ref, base, rows, locale);
        ServableVersions.Servable servable = route.servable();
        if (servable != base) {
            rows = input.rows(servable.version().signature());
        }
        input.checkAnswerable(servable);
        ModelViews.VersionView version = servable.version();
        String region = settings.region().orElse(version.region());
        String subject = "model:" + version.model() + "@" + version.version();
        InputPii.Scan pii = inputPii.scan(rows);
        DataClass dataClass = DataClass.valueOf(version.dataClass());
        if (!pii.found().isEmpty() && dataClass.compareTo(DataClass.PERSONAL) < 0) {
            dataClass = DataClass.PERSONAL;
        }
        ServingPolicy.Ruling ruling = policy.decide(caller, subject, dataClass, version.sourceRegion(), region, pii.found());
        Entry entry = new Entry(caller, servable, region, locale, rows, started);
        if (!ruling.decision().allowed()) {
            entry.write("DENY", null, null);
            throw PolicyDecisions.denied(subject, ruling.decision(),
                    reason -> MessageKeys.PII_BLOCKED.equals(reason.key()) ? "rows" : "region");
        }
        List<Map<String, Object>> checked = pii.treated(caller.tenantId(), ruling.decision().operators(pii.found()));
        List<Prediction> predictions = predictors.with(caller.tenantId(), servable.modelId(), servable.task(), version, predictor -> {
            List<Violation> violations = predictor.validate(checked);
            if (!violations.isEmpty()) {
                throw invalid(violations);
            }
            try {
                return predictor.predict(checked);
            } catch (InvalidInputException e) {
                throw invalid(e.violations());
            }
        });
        String tag = locale.toLanguageTag();
        List<PredictionViews.RowPrediction> answers = new LocalizedPredictions(
                labels.labels(caller.tenantId(), servable.modelId(), tag), locale).views(predictions);
        entry.write("ALLOW", ruling.policy().rules().logInferenceInputs() ? toJson(redaction.redact(checked)) : null,
                LoggedOutputs.json(predictions));
        return new ServedPrediction(servable, region, locale, route.routedBy(), predictions, answers);
    }

    /** What the inference log needs of a request, written once its outcome is known. */
    private final class Entry {
        private final Caller caller;
        private final ServableVersions.Servable servable;
        private final String region;
        private final Locale locale;
        private final int rows;
        private final long started;

        Entry(Caller caller, ServableVersions.Servable servable, String region, Locale locale, List<?> rows, long started) {
            this.caller = caller;
            this.servable = servable;
            this.region = region;
            this.locale = locale;
            this.rows = rows == null ? 0 : rows.size();
            this.started = started;
        }

        void write(String decision, String input, String output) {
            Instant now = clock.instant();
            log.add(new InferenceLogEntry(caller.tenantId(), LogIds.next(now.toEpochMilli()), now, region,
                    servable.version().sourceRegion(), servable.modelId(),
                    servable.version().model(), servable.version().version(), AuditLog.actor(caller), locale.toLanguageTag(),
                    rows, (System.nanoTime() - started) / 1000, decision, input, output));
        }
    }

    private static ApiException invalid(List<Violation> violations) {
        return ApiException.invalid(violations.stream()
                .map(violation -> new FieldError(violation.field(), violation.key(), violation.arguments())).toList());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
