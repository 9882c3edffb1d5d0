package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.i18n.LocaleFormats;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Localized inference over HTTP: a model trained by a job, served under its production alias to an
 * API key with the inference scope, answered in the request's language; bad input, missing models,
 * wrong credentials, alias moves, the inference log and the rate limit.
 */
@MicronautTest
class PredictionApiTest extends ApiTest {

    private static final String ROW = "{\"x1\":1.2,\"x2\":0.9,\"segment\":\"retail\"}";

    private String slug;
    private String admin;
    private String scientist;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = withQuickTraining(super.getProperties());
        properties.put("meridian.serving.max-rows", "5");
        properties.put("meridian.serving.rate-limit.per-second", "20");
        properties.put("meridian.serving.policy-cache-ttl", "50ms");
        // only the invalidation on an alias move can make a move visible to serving within the test
        properties.put("meridian.serving.pointer-ttl", "1h");
        return properties;
    }

    @BeforeAll
    void trainedModel() throws InterruptedException {
        api = new Api(server.getURL(), json);
        slug = unique("predict");
        admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        Api.Response dataset = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"blobs\",\"region\":\"eu-west\",\"labelColumn\":\"label\"}"), "file",
                TrainingJobApiTest.blobs(300, 7).getBytes(StandardCharsets.UTF_8));
        assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
        for (int version = 1; version <= 2; version++) {
            Api.Response job = api.post("/api/v1/jobs", As.bearer(scientist), """
                    {"model":"churn","dataset":"%s","trainer":"tribuo-logistic-regression",
                     "hyperparameters":{"epochs":%d},"seed":%d}""".formatted(dataset.string("id"), version + 2, version));
            assertThat(job.status()).as(job.toString()).isEqualTo(201);
            awaitSucceeded(job.string("id"));
        }
        moveProduction(1);
        assertThat(api.put("/api/v1/models/churn/labels/de", As.bearer(scientist),
                "{\"translations\":{\"yes\":\"Kündigt\",\"no\":\"Bleibt\"}}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/models/churn/labels/ja", As.bearer(scientist),
                "{\"translations\":{\"yes\":\"解約する\",\"no\":\"継続する\"}}").status()).isEqualTo(200);
    }

    private void awaitSucceeded(String id) throws InterruptedException {
        awaitJobSucceeded(scientist, id);
    }

    private void moveProduction(int version) {
        Api.Response moved = api.put("/api/v1/models/churn/aliases/production", As.bearer(scientist), "{\"version\":" + version + "}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private String apiKey(String scope) {
        Api.Response created = api.post("/api/v1/api-keys", As.bearer(admin),
                "{\"name\":\"" + unique("client") + "\",\"scopes\":[\"" + scope + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("key");
    }

    private Api.Response predict(As as, String ref, String body) {
        return api.post("/api/v1/models/" + ref + "/predict", as, body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Api.Response response) {
        return ((List<Map<String, Object>>) response.get("predictions")).getFirst();
    }

    @Test
    void answersAreInTheRequestsLanguage() {
        String key = apiKey("inference");
        Api.Response german = predict(As.apiKey(key).language("de-AT"), "churn@production", "{\"rows\":[" + ROW + "]}");
        assertThat(german.status()).as(german.toString()).isEqualTo(200);
        assertThat(german.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(german.string("model")).isEqualTo("churn");
        assertThat(german.get("version")).isEqualTo(1);
        assertThat(german.string("region")).isEqualTo("eu-west");
        assertThat(german.string("locale")).isEqualTo("de");
        Map<String, Object> answer = first(german);
        assertThat(answer.get("label")).isEqualTo("yes");
        assertThat(answer.get("labelText")).isEqualTo("Kündigt");
        double probability = ((Number) answer.get("probability")).doubleValue();
        assertThat(probability).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat((String) answer.get("probabilityText")).isEqualTo(LocaleFormats.of(Locale.GERMAN).percent(probability))
                .endsWith("\u00a0%");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) answer.get("probabilities");
        assertThat(all).extracting(each -> each.get("labelText")).containsExactly("Kündigt", "Bleibt");

        Api.Response japanese = predict(As.apiKey(key).language("ja"), "churn", "{\"row\":" + ROW + "}");
        assertThat(japanese.status()).as(japanese.toString()).isEqualTo(200);
        assertThat(first(japanese).get("labelText")).isEqualTo("解約する");
        assertThat(japanese.headers().firstValue("Content-Language")).hasValue("ja");

        // no French catalog: the label itself, the number in French
        Api.Response french = predict(As.apiKey(key).language("fr"), "churn@1", "{\"rows\":[" + ROW + "]}");
        assertThat(first(french).get("labelText")).isEqualTo("yes");
        double frenchProbability = ((Number) first(french).get("probability")).doubleValue();
        assertThat(first(french).get("probabilityText")).isEqualTo(LocaleFormats.of(Locale.FRENCH).percent(frenchProbability))
                .isNotEqualTo(LocaleFormats.of(Locale.ENGLISH).percent(frenchProbability));

        // a console user may try the model too
        assertThat(predict(As.bearer(scientist), "churn@production", "{\"rows\":[" + ROW + "]}").status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        As client = As.apiKey(apiKey("inference"));
        assertInvalid(predict(client, "churn", "{\"rows\":[{\"x1\":1,\"x2\":2,\"segment\":\"retail\",\"age\":3}]}"),
                "rows[0].age", "is not an input of this model");
        assertInvalid(predict(client, "churn", "{\"rows\":[{\"x1\":1,\"segment\":\"retail\"}]}"), "rows[0].x2", "is required");
        assertInvalid(predict(client, "churn", "{\"rows\":[{\"x1\":\"high\",\"x2\":2,\"segment\":\"retail\"}]}"),
                "rows[0].x1", "must be a number");
        assertInvalid(predict(client, "churn", "{\"rows\":[" + ROW + "," + "{\"x1\":1e400,\"x2\":2,\"segment\":\"retail\"}]}"),
                "rows[1].x1", "must be a finite number");
        assertInvalid(predict(client, "churn", "{\"rows\":[" + String.join(",", java.util.Collections.nCopies(6, ROW)) + "]}"),
                "rows", "must have at most 5 entries");
        assertInvalid(predict(client, "churn", "{\"rows\":[]}"), "rows", "must not be empty");
        assertInvalid(predict(client, "churn", "{}"), "rows", "must not be empty");
        // what Python's json.dumps writes for float('nan')
        assertInvalid(predict(client, "churn", "{\"rows\":[{\"x1\":NaN,\"x2\":2,\"segment\":\"retail\"}]}"),
                "rows[0].x1", "must be a finite number");
    }

    private static void assertInvalid(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.problemCode()).isEqualTo("invalid-input");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        assertThat(errors).as(response.toString()).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat((String) error.get("message")).contains(message);
        });
    }

    @Test
    void unknownModelsAliasesAndOtherTenantsAreNotFound() {
        As client = As.apiKey(apiKey("inference"));
        String body = "{\"rows\":[" + ROW + "]}";
        assertThat(predict(client, "nothing@production", body).status()).isEqualTo(404);
        assertThat(predict(client, "churn@canary", body).status()).isEqualTo(404);
        assertThat(predict(client, "churn@99", body).status()).isEqualTo(404);
        String otherAdmin = newTenantAdmin(unique("elsewhere"));
        assertThat(predict(As.bearer(otherAdmin), "churn@production", body).status()).isEqualTo(404);
    }

    @Test
    void onlyLiveKeysWithTheInferenceScopeMayPredict() {
        String body = "{\"rows\":[" + ROW + "]}";
        Api.Response readOnly = predict(As.apiKey(apiKey("read")), "churn", body);
        assertThat(readOnly.status()).as(readOnly.toString()).isEqualTo(403);

        Api.Response created = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"revoked\",\"scopes\":[\"inference\"]}");
        assertThat(predict(As.apiKey(created.string("key")), "churn", body).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/api-keys/" + created.string("id"), As.bearer(admin)).status()).isEqualTo(204);
        Api.Response revoked = predict(As.apiKey(created.string("key")), "churn", body);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(401);
        assertThat(predict(As.ANONYMOUS, "churn", body).status()).isEqualTo(401);
    }

    @Test
    void anAliasMoveIsServedAtOnceAndEveryRequestIsLogged() throws InterruptedException {
        As client = As.apiKey(apiKey("inference"));
        String body = "{\"rows\":[" + ROW + "," + ROW + "]}";
        try {
            assertThat(predict(client, "churn@production", body).get("version")).isEqualTo(1);
            moveProduction(2);
            assertThat(predict(client, "churn@production", body).get("version")).isEqualTo(2);
        } finally {
            moveProduction(1);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<Map<String, Object>> logged = api.get("/api/v1/inference-logs?model=churn&limit=500", As.bearer(admin)).items();
        while (logged.stream().noneMatch(entry -> Integer.valueOf(2).equals(entry.get("version"))) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            logged = api.get("/api/v1/inference-logs?model=churn&limit=500", As.bearer(admin)).items();
        }
        Map<String, Object> entry = logged.stream().filter(each -> Integer.valueOf(2).equals(each.get("version"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("model", "churn").containsEntry("rows", 2).containsEntry("decision", "ALLOW")
                .containsEntry("region", "eu-west").containsEntry("sourceRegion", "eu-west").containsEntry("locale", "en");
        assertThat((String) entry.get("caller")).startsWith("api-key:");
        // EU data: the default policy keeps no inputs, only the answers
        assertThat(entry.get("input")).isNull();
        assertThat((List<?>) entry.get("output")).hasSize(2);
        assertThat(api.get("/api/v1/inference-logs", As.bearer(scientist)).status()).isEqualTo(403);
        // newest first: listed by id, whose leading bits are the millisecond the entry was made, that of its time
        assertThat(logged).hasSizeGreaterThan(2);
        assertThat(logged.stream().map(each -> Instant.parse((String) each.get("at")).truncatedTo(ChronoUnit.MILLIS)).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    /** The EU policy with every class processed only in {@code processing}, and inputs logged or not. */
    private void euPolicy(List<String> processing, boolean logInputs) throws InterruptedException {
        euPolicy(processing, logInputs, "{}");
    }

    private void euPolicy(List<String> processing, boolean logInputs, String piiTreatment) throws InterruptedException {
        String everywhere = "[\"eu-west\",\"eu-central\"]";
        String where = api.toJson(processing);
        Api.Response changed = api.put("/api/v1/policies/eu-west", As.bearer(admin), """
                {"reason": "serving test", "rules": {
                  "storage": {"PUBLIC": %1$s, "INTERNAL": %1$s, "PERSONAL": %1$s, "SENSITIVE_PERSONAL": %1$s},
                  "processing": {"PUBLIC": %2$s, "INTERNAL": %2$s, "PERSONAL": %2$s, "SENSITIVE_PERSONAL": %2$s},
                  "transfers": [], "piiTreatment": %4$s,
                  "logInferenceInputs": %3$s, "inferenceLogRetentionDays": 30, "datasetRetentionDays": 365}}
                """.formatted(everywhere, where, logInputs, piiTreatment));
        assertThat(changed.status()).as(changed.toString()).isIn(200, 201);
        Thread.sleep(100); // the serving policy cache's time to live in this test
    }

    @Test
    void theServeDecisionGovernsEachRequestAndTheLogKeepsInputsOnlyWhereAllowed() throws InterruptedException {
        Api.Response key = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"policed\",\"scopes\":[\"inference\"]}");
        As client = As.apiKey(key.string("key"));
        String body = "{\"rows\":[" + ROW + "]}";
        try {
            euPolicy(List.of("eu-central"), false);
            Api.Response denied = predict(client.language("de"), "churn", body);
            assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
            assertThat(denied.problemCode()).isEqualTo("policy-denied");
            assertThat(denied.body()).contains("\"field\":\"region\"");
            assertThat(api.get("/api/v1/audit?action=policy.decision", As.bearer(admin)).body())
                    .contains("\"subject\":\"model:churn@1\"", "SERVE");

            euPolicy(List.of("eu-west", "eu-central"), true);
            assertThat(predict(client.language("ja"), "churn", body).status()).isEqualTo(200);
        } finally {
            euPolicy(List.of("eu-west", "eu-central"), false);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<Map<String, Object>> logged = List.of();
        while (logged.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            logged = api.get("/api/v1/inference-logs?model=churn&limit=500", As.bearer(admin)).items().stream()
                    .filter(entry -> ("api-key:" + key.string("id")).equals(entry.get("caller"))).toList();
        }
        assertThat(logged).extracting(entry -> entry.get("locale") + ":" + entry.get("decision"))
                .containsExactlyInAnyOrder("de:DENY", "ja:ALLOW");
        Map<String, Object> allowed = logged.stream().filter(entry -> "ALLOW".equals(entry.get("decision"))).findFirst().orElseThrow();
        assertThat(api.toJson(allowed.get("input"))).contains("\"segment\":\"retail\"");
    }

    @Test
    void personalDataInTheInputsIsTreatedAsThePolicySaysBeforeTheModelSeesIt() throws InterruptedException {
        As client = As.apiKey(apiKey("inference")).language("de");
        // an e-mail address where the model expects a segment: what the model (and so the error naming the
        // unknown category) sees shows what became of it
        String body = "{\"rows\":[" + ROW + ",{\"x1\":1.2,\"x2\":0.9,\"segment\":\"Jane.Doe@example.com\"}]}";
        List<String> everywhere = List.of("eu-west", "eu-central");
        try {
            euPolicy(everywhere, false, "{\"EMAIL\":\"BLOCK\"}");
            Api.Response blocked = predict(client, "churn", body);
            assertThat(blocked.status()).as(blocked.toString()).isEqualTo(403);
            assertThat(blocked.problemCode()).isEqualTo("policy-denied");
            assertThat(blocked.body()).contains("\"field\":\"rows\"", "EMAIL").doesNotContain("Jane.Doe");
            assertThat(api.get("/api/v1/audit?action=policy.decision", As.bearer(admin)).body()).contains("decision.pii-blocked");

            euPolicy(everywhere, false, "{\"EMAIL\":\"PSEUDONYMIZE\"}");
            Api.Response pseudonymized = predict(client, "churn", body);
            assertThat(pseudonymized.status()).as(pseudonymized.toString()).isEqualTo(400);
            assertThat(pseudonymized.body()).contains("rows[1].segment", "<EMAIL:").doesNotContain("Jane.Doe");

            euPolicy(everywhere, false, "{\"EMAIL\":\"REDACT\"}");
            Api.Response redacted = predict(client, "churn", body);
            assertThat(redacted.status()).as(redacted.toString()).isEqualTo(400);
            assertThat(redacted.body()).contains("rows[1].segment", "[REDACTED]").doesNotContain("Jane.Doe", "<EMAIL:");

            euPolicy(everywhere, false, "{\"EMAIL\":\"ALLOW\"}");
            Api.Response allowed = predict(client, "churn", body);
            assertThat(allowed.status()).as(allowed.toString()).isEqualTo(400);
            assertThat(allowed.body()).contains("Jane.Doe@example.com");
        } finally {
            euPolicy(everywhere, false);
        }
    }

    @Test
    void aKeyAskingTooOftenIsRateLimited() {
        As client = As.apiKey(apiKey("inference"));
        int limited = 0;
        Api.Response last = null;
        for (int i = 0; i < 60 && limited == 0; i++) {
            last = predict(client, "churn", "{\"rows\":[" + ROW + "]}");
            if (last.status() == 429) {
                limited++;
            }
        }
        assertThat(limited).as("no 429 after 60 requests").isEqualTo(1);
        assertThat(last.problemCode()).isEqualTo("rate-limited");
        // another key has its own bucket
        assertThat(predict(As.apiKey(apiKey("inference")), "churn", "{\"rows\":[" + ROW + "]}").status()).isEqualTo(200);
    }
}
