package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Language variants: {@code intent} tagged {@code language-variant:ja=intent-ja}; a Japanese request
 * or Japanese text is answered by {@code intent-ja}, anything else by {@code intent}.
 */
@MicronautTest
class LanguageRoutingApiTest extends ApiTest {

    private As client;

    @BeforeAll
    void twoTextModels() throws InterruptedException {
        api = new Api(server.getURL(), json);
        String slug = unique("routing");
        String admin = newTenantAdmin(slug);
        String scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 20; i++) {
            csv.append("my invoice number ").append(i).append(" is wrong,billing\n");
            csv.append("I cannot log in to account ").append(i).append(",login\n");
            csv.append("請求書").append(i).append("が間違っています,billing\n");
            csv.append("アカウント").append(i).append("にログインできません,login\n");
        }
        Api.Response dataset = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"tickets\",\"region\":\"eu-west\",\"labelColumn\":\"label\"}"), "file",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
        for (String model : new String[]{"intent", "intent-ja"}) {
            Api.Response job = api.post("/api/v1/jobs", As.bearer(scientist), """
                    {"model":"%s","dataset":"%s","trainer":"tribuo-text-classification",
                     "hyperparameters":{"textColumn":"text"},"seed":1}""".formatted(model, dataset.string("id")));
            assertThat(job.status()).as(job.toString()).isEqualTo(201);
            awaitJobSucceeded(scientist, job.string("id"));
            assertThat(api.put("/api/v1/models/" + model + "/aliases/production", As.bearer(scientist), "{\"version\":1}").status())
                    .isEqualTo(200);
        }
        Api.Response tagged = api.patch("/api/v1/models/intent", As.bearer(scientist), "{\"tags\":[\"language-variant:ja=intent-ja\"]}");
        assertThat(tagged.status()).as(tagged.toString()).isEqualTo(200);
        Api.Response key = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"router\",\"scopes\":[\"inference\"]}");
        client = As.apiKey(key.string("key"));
    }

    private Api.Response predict(String language, String text) {
        Api.Response response = api.post("/api/v1/models/intent/predict", client.language(language),
                "{\"row\":{\"text\":\"" + text + "\"}}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    void aJapaneseRequestIsAnsweredByTheJapaneseVariant() {
        Api.Response answer = predict("ja", "my invoice is wrong");
        assertThat(answer.get("model")).isEqualTo("intent-ja");
        assertThat(answer.get("routedBy")).isEqualTo("locale");
    }

    @Test
    void japaneseTextIsAnsweredByTheJapaneseVariantWhateverTheLocale() {
        Api.Response answer = predict("en", "請求書が間違っています");
        assertThat(answer.get("model")).isEqualTo("intent-ja");
        assertThat(answer.get("routedBy")).isEqualTo("script");
        Api.Response v2 = api.post("/v2/models/intent/infer", client.language("de"),
                "{\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"ログインできません\"]}]}");
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        assertThat(v2.get("model_name")).isEqualTo("intent-ja");
        assertThat(api.toJson(v2.get("parameters"))).contains("\"routed_by\":\"script\"");
    }

    @Test
    void englishIsAnsweredByTheBaseModel() {
        Api.Response answer = predict("en", "I cannot log in");
        assertThat(answer.get("model")).isEqualTo("intent");
        assertThat(answer.get("routedBy")).isNull();
        // a pinned version is exactly what was asked for
        Api.Response pinned = api.post("/api/v1/models/intent@1/predict", client.language("ja"), "{\"row\":{\"text\":\"請求書\"}}");
        assertThat(pinned.get("model")).isEqualTo("intent");
    }
}
