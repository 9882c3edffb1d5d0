package io.meridian.api.seed;

import io.meridian.api.security.Caller;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.i18n.SupportedLocales;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tenant's two models, seeded on start as the demo data scientist would make them:
 * datasets uploaded, jobs trained, labels translated into every supported locale, production
 * moved; and nothing made twice, neither while the jobs run nor once they are done.
 */
@MicronautTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoModelsTest extends ApiTest {

    private static final Duration READY_WITHIN = Duration.ofSeconds(50);

    @Inject
    DemoModels demoModels;
    @Inject
    DemoModelTraining training;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("meridian.seed.demo-models", "true");
        properties.put("meridian.seed.demo-models-poll", "200ms");
        // one job at a time: the second waits in the queue while the first trains
        properties.put("meridian.training.workers", "1");
        properties.put("meridian.training.admission-interval", "200ms");
        properties.put("meridian.training.poll", "200ms");
        return properties;
    }

    @Test
    @Order(1)
    void startingAgainWhileTheJobsRunCreatesNothing() {
        String scientist = demoToken(DemoSeeder.SCIENTIST);
        awaitTrue("both demo jobs submitted", () -> jobsByModel(scientist).keySet().containsAll(modelNames()));
        long datasets = total(scientist, "/api/v1/datasets");
        Caller caller = demoModels.scientist().orElseThrow();

        for (DemoModel model : DemoModel.ALL) {
            DemoModelTraining.Start start = training.start(caller, model);
            if (start instanceof DemoModelTraining.Start.Training running) {
                assertThat(running.submittedJob()).as("%s: a second job", model.model()).isFalse();
                assertThat(running.uploadedDataset()).as("%s: a second dataset", model.model()).isFalse();
            }
        }

        assertThat(jobsByModel(scientist)).containsEntry(DemoModel.SUPPORT_INTENT.model(), 1L).containsEntry(DemoModel.CHURN.model(), 1L);
        assertThat(total(scientist, "/api/v1/datasets")).isEqualTo(datasets);
    }

    @Test
    @Order(2)
    void bothModelsReachProductionWithLabelsInEveryLocale() {
        String scientist = demoToken(DemoSeeder.SCIENTIST);
        for (String model : modelNames()) {
            awaitTrue(model + "@production", () -> api.get("/api/v1/models/" + model + "@production", As.bearer(scientist)).status() == 200);
            Api.Response version = api.get("/api/v1/models/" + model + "@production", As.bearer(scientist));
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) ((Map<String, Object>) version.get("signature")).get("labels");

            List<Map<String, Object>> translations = api.get("/api/v1/models/" + model + "/labels", As.bearer(scientist)).list();
            assertThat(translations).extracting(entry -> entry.get("locale"))
                    .containsExactlyInAnyOrderElementsOf(SupportedLocales.all().stream().map(Locale::toLanguageTag).toList());
            for (Map<String, Object> locale : translations) {
                assertThat(((Map<?, ?>) locale.get("translations")).keySet().stream().map(String::valueOf).toList()).as("%s in %s", model, locale.get("locale"))
                        .containsExactlyInAnyOrderElementsOf(labels);
            }
        }
        Api.Response german = api.get("/api/v1/models/support-intent/labels/de", As.bearer(scientist));
        assertThat(german.get("translations")).isEqualTo(Map.of("billing_question", "Frage zur Rechnung", "login_problem", "Anmeldeproblem",
                "cancel_subscription", "Kündigung", "delivery_delay", "Lieferverzögerung", "technical_issue", "Technisches Problem",
                "feature_request", "Funktionswunsch"));
        // made by the data scientist through the services, audited as such
        String admin = demoToken("tenant-admin");
        for (String action : List.of("dataset.created", "training-job.submitted", "model.labels-changed", "model.alias-moved")) {
            assertThat(api.get("/api/v1/audit?action=" + action + "&limit=200", As.bearer(admin)).items())
                    .as(action).anyMatch(entry -> String.valueOf(entry.get("actor")).startsWith("user:"));
        }
    }

    @Test
    @Order(3)
    void theModelsLearnedTheirData() {
        String scientist = demoToken(DemoSeeder.SCIENTIST);
        awaitTrue("both in production", () -> modelNames().stream().allMatch(model ->
                api.get("/api/v1/models/" + model + "@production", As.bearer(scientist)).status() == 200));
        // six intents: a guess gets 0.17; the held-out fifth of 1,440 tickets, eight languages
        assertThat(accuracy(scientist, DemoModel.SUPPORT_INTENT.model())).isGreaterThan(0.85);
        // stay and churn about half each
        assertThat(accuracy(scientist, DemoModel.CHURN.model())).isGreaterThan(0.7);
    }

    @Test
    @Order(4)
    void seedingAgainCreatesNothing() {
        String scientist = demoToken(DemoSeeder.SCIENTIST);
        awaitTrue("both in production", () -> modelNames().stream().allMatch(model ->
                api.get("/api/v1/models/" + model + "@production", As.bearer(scientist)).status() == 200));
        long datasets = total(scientist, "/api/v1/datasets");
        long jobs = total(scientist, "/api/v1/jobs");
        long versions = total(scientist, "/api/v1/model-versions");

        List<DemoModels.Outcome> outcomes = demoModels.seed();

        assertThat(outcomes).extracting(DemoModels.Outcome::status).containsOnly(DemoModels.Status.ALREADY_READY);
        assertThat(outcomes).extracting(DemoModels.Outcome::model).containsExactlyElementsOf(modelNames());
        assertThat(total(scientist, "/api/v1/datasets")).isEqualTo(datasets);
        assertThat(total(scientist, "/api/v1/jobs")).isEqualTo(jobs);
        assertThat(total(scientist, "/api/v1/model-versions")).isEqualTo(versions);
    }

    private static List<String> modelNames() {
        return DemoModel.ALL.stream().map(DemoModel::model).toList();
    }

    private double accuracy(String token, String model) {
        Api.Response version = api.get("/api/v1/models/" + model + "@production", As.bearer(token));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) ((Map<String, Object>) version.get("metrics")).get("values");
        return ((Number) values.get("accuracy")).doubleValue();
    }

    private Map<String, Long> jobsByModel(String token) {
        return api.get("/api/v1/jobs?limit=100", As.bearer(token)).items().stream()
                .map(job -> String.valueOf(job.get("model"))).filter(Set.copyOf(modelNames())::contains)
                .collect(Collectors.groupingBy(model -> model, Collectors.counting()));
    }

    private long total(String token, String path) {
        return ((Number) api.get(path, As.bearer(token)).get("total")).longValue();
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!condition.get()) {
            assertThat(Instant.now()).as("%s within %s", what, READY_WITHIN).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
