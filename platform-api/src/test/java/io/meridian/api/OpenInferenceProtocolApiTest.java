package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Open Inference Protocol v2 endpoints over a model trained in the test, against the native predict. */
@MicronautTest
class OpenInferenceProtocolApiTest extends ApiTest {

    private static final String ROWS = "[{\"x1\":1.2,\"x2\":0.9,\"segment\":\"retail\"},{\"x1\":-1.5,\"x2\":-0.7,\"segment\":\"retail\"},"
            + "{\"x1\":0.1,\"x2\":-2.0,\"segment\":\"retail\"}]";
    private static final String TENSORS = """
            {"id":"r-1","inputs":[
              {"name":"x1","datatype":"FP32","shape":[3],"data":[1.2,-1.5,0.1]},
              {"name":"x2","datatype":"FP64","shape":[3,1],"data":[[0.9],[-0.7],[-2.0]]},
              {"name":"segment","datatype":"BYTES","shape":[3],"data":["retail","retail","retail"]}]}""";

    private String admin;
    private String scientist;
    private As client;

    @BeforeAll
    void trainedModel() throws InterruptedException {
        api = new Api(server.getURL(), json);
        String slug = unique("oip");
        admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        Api.Response dataset = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"blobs\",\"region\":\"eu-west\",\"labelColumn\":\"label\"}"), "file",
                TrainingJobApiTest.blobs(300, 7).getBytes(StandardCharsets.UTF_8));
        assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
        Api.Response job = api.post("/api/v1/jobs", As.bearer(scientist), """
                {"model":"churn","dataset":"%s","trainer":"tribuo-logistic-regression","seed":1}""".formatted(dataset.string("id")));
        assertThat(job.status()).as(job.toString()).isEqualTo(201);
        awaitJobSucceeded(scientist, job.string("id"));
        assertThat(api.put("/api/v1/models/churn/aliases/production", As.bearer(scientist), "{\"version\":1}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/models/churn/labels/de", As.bearer(scientist),
                "{\"translations\":{\"yes\":\"Kündigt\",\"no\":\"Bleibt\"}}").status()).isEqualTo(200);
        Api.Response key = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"oip\",\"scopes\":[\"inference\"]}");
        client = As.apiKey(key.string("key"));
    }

    @Test
    void serverAndModelMetadataAndReadiness() {
        assertThat(api.get("/v2/health/live", As.ANONYMOUS).get("live")).isEqualTo(true);
        assertThat(api.get("/v2/health/ready", As.ANONYMOUS).get("ready")).isEqualTo(true);
        Api.Response metadata = api.get("/v2/models/churn", client);
        assertThat(metadata.status()).as(metadata.toString()).isEqualTo(200);
        assertThat(metadata.get("name")).isEqualTo("churn");
        assertThat(metadata.get("versions")).isEqualTo(List.of("1"));
        assertThat(metadata.get("platform")).isEqualTo("tribuo");
        assertThat(api.toJson(metadata.get("inputs"))).contains("{\"name\":\"x1\",\"datatype\":\"FP32\",\"shape\":[-1]}",
                "{\"name\":\"segment\",\"datatype\":\"BYTES\",\"shape\":[-1]}");
        assertThat(api.toJson(metadata.get("outputs"))).contains("{\"name\":\"label\",\"datatype\":\"BYTES\",\"shape\":[-1]}",
                "{\"name\":\"probabilities\",\"datatype\":\"FP32\",\"shape\":[-1,2]}");
        assertThat(api.get("/v2/models/churn/versions/1", client).status()).isEqualTo(200);
        Api.Response ready = api.get("/v2/models/churn/ready", client);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.get("ready")).isEqualTo(true);
        assertThat(api.get("/v2/models/churn/versions/1/ready", client).status()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void inferAnswersWhatNativePredictAnswers() {
        Api.Response v2 = api.post("/v2/models/churn/infer", client.language("de"), TENSORS);
        assertThat(v2.status()).as(v2.toString()).isEqualTo(200);
        assertThat(v2.get("model_name")).isEqualTo("churn");
        assertThat(v2.get("model_version")).isEqualTo("1");
        assertThat(v2.get("id")).isEqualTo("r-1");
        Map<String, Map<String, Object>> outputs = new java.util.HashMap<>();
        ((List<Map<String, Object>>) v2.get("outputs")).forEach(output -> outputs.put((String) output.get("name"), output));
        Api.Response nativeAnswer = api.post("/api/v1/models/churn/predict", client.language("de"), "{\"rows\":" + ROWS + "}");
        List<Map<String, Object>> predictions = (List<Map<String, Object>>) nativeAnswer.get("predictions");
        assertThat(outputs.get("label").get("data")).isEqualTo(predictions.stream().map(each -> each.get("label")).toList());
        assertThat((List<String>) outputs.get("label").get("data")).contains("yes", "no");
        assertThat(outputs.get("label_text").get("data")).isEqualTo(predictions.stream().map(each -> each.get("labelText")).toList());
        assertThat(outputs.get("probabilities").get("shape")).isEqualTo(List.of(3, 2));
        assertThat(outputs.get("probabilities").get("datatype")).isEqualTo("FP32");

        Api.Response onlyLabels = api.post("/v2/models/churn/versions/1/infer", client,
                TENSORS.replace("\"id\":\"r-1\",", "\"outputs\":[{\"name\":\"label\"}],"));
        assertThat(onlyLabels.status()).as(onlyLabels.toString()).isEqualTo(200);
        assertThat((List<?>) onlyLabels.get("outputs")).hasSize(1);
    }

    @Test
    void badTensorsAreRefusedNamingTheInput() {
        assertBad(TENSORS.replace("\"FP32\"", "\"BYTES\""), "inputs[0].datatype");
        assertBad(TENSORS.replace("\"shape\":[3],\"data\":[1.2,-1.5,0.1]", "\"shape\":[3],\"data\":[1.2,-1.5]"), "inputs[0].data");
        assertBad(TENSORS.replace("\"shape\":[3],\"data\":[1.2,-1.5,0.1]", "\"shape\":[2],\"data\":[1.2,-1.5]"), "inputs[1].shape[0]");
        assertBad(TENSORS.replace("\"name\":\"x1\"", "\"name\":\"age\""), "inputs[0].name");
        assertBad(TENSORS.replace("[1.2,-1.5,0.1]", "[1.2,\"high\",0.1]"), "inputs[0].data[1]");
        assertBad("{\"inputs\":[]}", "inputs");
        // a classifier has no "value" output: refused before anything is predicted
        assertBad(TENSORS.replace("\"id\":\"r-1\",", "\"outputs\":[{\"name\":\"label\"},{\"name\":\"value\"}],"), "outputs[1].name");
    }

    private void assertBad(String body, String field) {
        Api.Response response = api.post("/v2/models/churn/infer", client, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.string("error")).as(response.toString()).contains(field);
        assertThat(response.problemCode()).isEqualTo("invalid-input");
    }

    @Test
    void unknownModelsAndCallersWithoutTheScopeAreRefused() {
        Api.Response missing = api.post("/v2/models/nothing/infer", client, TENSORS);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.string("error")).isNotBlank();
        assertThat(api.get("/v2/models/nothing", client).status()).isEqualTo(404);
        assertThat(api.get("/v2/models/churn/versions/9/ready", client).status()).isEqualTo(404);
        assertThat(api.post("/v2/models/churn/infer", As.ANONYMOUS, TENSORS).status()).isEqualTo(401);
        Api.Response read = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"reader\",\"scopes\":[\"read\"]}");
        assertThat(api.post("/v2/models/churn/infer", As.apiKey(read.string("key")), TENSORS).status()).isEqualTo(403);
        assertThat(api.get("/v2/models/churn", As.ANONYMOUS).status()).isEqualTo(401);
    }
}
