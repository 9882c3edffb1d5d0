package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.Registry;
import io.meridian.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model registry over HTTP: models, versions with artifacts, policy, labels, search, compare, tenants. */
@MicronautTest
class ModelRegistryApiTest extends ApiTest {

    private String slug;
    private String admin;
    private String scientist;
    private String viewer;
    private Registry registry;

    @BeforeAll
    void tenantWithAScientist() {
        api = new Api(server.getURL(), json);
        registry = new Registry(api);
        slug = unique("registry");
        admin = newTenantAdmin(slug);
        scientist = userWithRole("scientist", "DATA_SCIENTIST");
        viewer = userWithRole("viewer", "VIEWER");
    }

    private String userWithRole(String name, String role) {
        return userWithRole(slug, admin, name, role);
    }

    private int versionCount(String model) {
        return ((Number) api.get("/api/v1/models/" + model, As.bearer(viewer)).get("latestVersion")).intValue();
    }

    @Test
    void aModelGetsNumberedImmutableVersionsWithTheirArtifacts() throws Exception {
        Api.Response model = registry.createModel(scientist, "churn", ",\"tags\":[\"team:retention\"]");
        assertThat(model.status()).as(model.toString()).isEqualTo(201);
        assertThat(model.headers().firstValue("location")).contains("/api/v1/models/churn");

        byte[] bytes = Registry.artifact("tribuo model bytes v1");
        String metadata = Registry.metadata("us-east", "INTERNAL", 0.91, "[\"baseline\"]", "10")
                .replace("\"format\"", "\"sha256\":\"" + Registry.sha256(bytes) + "\",\"format\"");
        Api.Response first = registry.upload(scientist, "churn", metadata, bytes);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.get("version")).isEqualTo(1);
        assertThat(first.get("region")).isEqualTo("us-east");
        @SuppressWarnings("unchecked")
        Map<String, Object> artifact = (Map<String, Object>) first.get("artifact");
        assertThat(artifact).containsEntry("sha256", Registry.sha256(bytes)).containsEntry("size", bytes.length);
        Path stored = Path.of(URI.create((String) artifact.get("uri")));
        assertThat(stored).startsWith(TestDatabase.get().settings().dataDirectory().resolve("artifacts").resolve("us-east"));
        assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);
        assertThat(first.body()).contains("\"createdBy\":\"user:", "\"hyperparameters\":{\"epochs\":\"10\",\"learning_rate\":\"0.1\"}",
                "\"confusionMatrix\":{\"labels\":[\"stay\",\"churn\"],\"counts\":[[90,10],[12,88]]}");

        assertThat(registry.version(scientist, "churn", 0.93, "[\"candidate\"]")).isEqualTo(2);
        Api.Response list = api.get("/api/v1/models/churn/versions", As.bearer(viewer));
        assertThat(list.items()).extracting(item -> item.get("version")).containsExactly(2, 1);
        assertThat(api.get("/api/v1/models/churn@1", As.bearer(viewer)).get("version")).isEqualTo(1);
        assertThat(api.get("/api/v1/models/churn/versions/2", As.bearer(viewer)).get("tags")).isEqualTo(List.of("candidate"));

        HttpResponse<byte[]> download = api.getBytes("/api/v1/models/churn/versions/1/artifact", As.bearer(scientist));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("x-checksum-sha256")).contains(Registry.sha256(bytes));
        assertThat(download.headers().firstValue("etag")).contains("\"" + Registry.sha256(bytes) + "\"");

        try (Connection app = TestDatabase.connectAsApp(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update model_versions set artifact_size = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection owner = TestDatabase.connectAsOwner(); Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update model_versions set artifact_size = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        registry.createModel(scientist, "fraud", "");
        Api.Response duplicate = registry.createModel(scientist, "fraud", "");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemCode()).isEqualTo("conflict");
        Api.Response badName = registry.createModel(scientist, "Fraud Model", "");
        assertThat(badName.problemCode()).isEqualTo("invalid-input");
        assertThat(badName.body()).contains("\"field\":\"name\"");

        byte[] bytes = Registry.artifact("fraud bytes");
        String wrongChecksum = Registry.metadata("us-east", "INTERNAL", 0.9, "[]", "5")
                .replace("\"format\"", "\"sha256\":\"" + "0".repeat(64) + "\",\"format\"");
        Api.Response mismatch = registry.upload(scientist, "fraud", wrongChecksum, bytes);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("\"field\":\"sha256\"", Registry.sha256(bytes));
        Path blob = TestDatabase.get().settings().dataDirectory().resolve("artifacts/us-east/sha256")
                .resolve(Registry.sha256(bytes).substring(0, 2)).resolve(Registry.sha256(bytes).substring(2, 4)).resolve(Registry.sha256(bytes));
        assertThat(blob).doesNotExist();

        String invalid = """
                {"format":"PICKLE","region":"mars-1","signature":{"inputs":[{"name":"x","type":"FLOTA"}],"labels":["a"]},
                 "metrics":{"values":{"accuracy":1.0}}, "tags":["Not A Tag"]}""";
        Api.Response refused = registry.upload(scientist, "fraud", invalid, bytes);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"format\"", "\"field\":\"region\"", "\"field\":\"signature.inputs[0].type\"",
                "\"field\":\"signature.labels\"", "\"field\":\"tags[0]\"");
        Api.Response german = api.postMultipart("/api/v1/models/fraud/versions", As.bearer(scientist).language("de"),
                Map.of("metadata", invalid), "artifact", bytes);
        assertThat(german.body()).contains("muss mindestens 2 Einträge haben");

        Api.Response unknownField = registry.upload(scientist, "fraud", "{\"format\":\"TRIBUO\",\"colour\":\"red\"}", bytes);
        assertThat(unknownField.problemCode()).isEqualTo("unknown-field");
        Api.Response malformed = registry.upload(scientist, "fraud", "{not json", bytes);
        assertThat(malformed.problemCode()).isEqualTo("malformed-request");
        Api.Response noModel = registry.upload(scientist, "no-such-model", Registry.metadata("us-east", "INTERNAL", 0.9, "[]", "5"), bytes);
        assertThat(noModel.status()).isEqualTo(404);

        assertThat(versionCount("fraud")).isZero();
        assertThat(blob).doesNotExist();

        Api.Response tooLarge = api.post("/api/v1/models", As.bearer(scientist), "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");
        assertThat(tooLarge.problemCode()).isEqualTo("payload-too-large");
    }

    @Test
    void theDecisionPointGuardsEveryArtifactWriteAndDownload() {
        registry.createModel(scientist, "eu-profiles", "");
        byte[] bytes = Registry.artifact("trained on EU personal data");
        Api.Response denied = registry.upload(scientist, "eu-profiles", Registry.metadata("us-east", "PERSONAL", 0.8, "[]", "3")
                .replace("\"format\"", "\"sourceRegion\":\"eu-west\",\"format\""), bytes);
        assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
        assertThat(denied.problemCode()).isEqualTo("policy-denied");
        assertThat(denied.body()).contains("\"field\":\"region\"", "eu-west", "us-east");
        assertThat(versionCount("eu-profiles")).isZero();
        Api.Response decisions = api.get("/api/v1/audit?action=policy.decision&subject=model:eu-profiles", As.bearer(admin));
        assertThat(decisions.items()).hasSize(1);
        assertThat(decisions.body()).contains("DENY", "STORE");

        Api.Response allowed = registry.upload(scientist, "eu-profiles", Registry.metadata("eu-west", "PERSONAL", 0.8, "[]", "3"), bytes);
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        // the tenant is homed in us-east: EU personal data may not be released there, but may within the EU
        Api.Response release = api.get("/api/v1/models/eu-profiles/versions/1/artifact", As.bearer(scientist));
        assertThat(release.status()).isEqualTo(403);
        assertThat(release.problemCode()).isEqualTo("policy-denied");
        assertThat(api.getBytes("/api/v1/models/eu-profiles/versions/1/artifact?to=eu-central", As.bearer(scientist)).body()).isEqualTo(bytes);
        assertThat(api.get("/api/v1/models/eu-profiles/versions/1/artifact?to=atlantis", As.bearer(scientist)).problemCode())
                .isEqualTo("invalid-input");
    }

    @Test
    void labelsAreTranslatedPerSupportedLocale() {
        registry.createModel(scientist, "labelled", "");
        registry.version(scientist, "labelled", 0.9, "[]");
        Api.Response german = api.put("/api/v1/models/labelled/labels/de", As.bearer(scientist),
                "{\"translations\":{\"churn\":\"Kündigung\",\"stay\":\"Bleibt\"}}");
        assertThat(german.status()).as(german.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/models/labelled/labels/de", As.bearer(viewer)).get("translations"))
                .isEqualTo(Map.of("churn", "Kündigung", "stay", "Bleibt"));
        assertThat(api.get("/api/v1/models/labelled/labels", As.bearer(viewer)).body()).contains("\"locale\":\"de\"");

        Api.Response unknownLabel = api.put("/api/v1/models/labelled/labels/de", As.bearer(scientist), "{\"translations\":{\"maybe\":\"Vielleicht\"}}");
        assertThat(unknownLabel.body()).contains("\"field\":\"translations.maybe\"");
        Api.Response unsupported = api.put("/api/v1/models/labelled/labels/xx", As.bearer(scientist), "{\"translations\":{}}");
        assertThat(unsupported.body()).contains("\"field\":\"locale\"");
        assertThat(api.get("/api/v1/models/labelled/labels/de", As.bearer(viewer)).get("translations")).isEqualTo(Map.of("churn", "Kündigung", "stay", "Bleibt"));
        assertThat(api.put("/api/v1/models/labelled/labels/de", As.bearer(viewer), "{\"translations\":{}}").status()).isEqualTo(403);
    }

    @Test
    void searchComparesAndEvents() {
        registry.createModel(scientist, "search-a", ",\"tags\":[\"vision\",\"eu\"]");
        registry.createModel(scientist, "search-b", ",\"tags\":[\"vision\"]");
        registry.version(scientist, "search-a", 0.70, "[\"nightly\",\"gpu\"]");
        registry.version(scientist, "search-a", 0.95, "[\"nightly\",\"gpu\"]");
        registry.version(scientist, "search-b", 0.90, "[\"nightly\"]");
        api.put("/api/v1/models/search-a/aliases/champion", As.bearer(scientist), "{\"version\":2}");

        assertThat(api.get("/api/v1/models?name=search-&tag=vision&tag=eu", As.bearer(viewer)).items())
                .extracting(item -> item.get("name")).containsExactly("search-a");
        assertThat(api.get("/api/v1/models?name=search-&sort=name&order=desc", As.bearer(viewer)).items())
                .extracting(item -> item.get("name")).containsExactly("search-b", "search-a");

        Api.Response twoTags = api.get("/api/v1/model-versions?tag=nightly&tag=gpu&sort=version&order=asc", As.bearer(viewer));
        assertThat(twoTags.items()).extracting(item -> item.get("model") + "@" + item.get("version")).containsExactly("search-a@1", "search-a@2");
        assertThat(twoTags.get("total")).isEqualTo(2);
        Api.Response newestFirst = api.get("/api/v1/model-versions?tag=gpu&tag=nightly", As.bearer(viewer));
        assertThat(newestFirst.items()).extracting(item -> item.get("model") + "@" + item.get("version")).containsExactly("search-a@2", "search-a@1");
        Api.Response secondPage = api.get("/api/v1/model-versions?tag=gpu&tag=nightly&limit=1&offset=1", As.bearer(viewer));
        assertThat(secondPage.items()).extracting(item -> item.get("version")).containsExactly(1);
        assertThat(secondPage.get("total")).isEqualTo(2);
        Api.Response pastTheEnd = api.get("/api/v1/model-versions?tag=gpu&tag=nightly&limit=1&offset=5", As.bearer(viewer));
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.get("total")).isEqualTo(2);
        assertThat(api.get("/api/v1/model-versions?tag=nightly&metric=accuracy%3E%3D0.9&sort=metric:accuracy", As.bearer(viewer)).items())
                .extracting(item -> item.get("model") + "@" + item.get("version")).containsExactly("search-a@2", "search-b@1");
        assertThat(api.get("/api/v1/model-versions?alias=champion", As.bearer(viewer)).items())
                .extracting(item -> item.get("model") + "@" + item.get("aliases")).containsExactly("search-a@[champion]");
        assertThat(api.get("/api/v1/model-versions?metric=accuracy%3E%3E1", As.bearer(viewer)).problemCode()).isEqualTo("invalid-input");

        Api.Response comparison = api.get("/api/v1/model-versions/compare?left=search-a@1&right=search-a@champion", As.bearer(viewer));
        assertThat(comparison.status()).as(comparison.toString()).isEqualTo(200);
        assertThat(comparison.body()).contains("{\"name\":\"accuracy\",\"left\":0.7,\"right\":0.95,\"delta\":0.25");
        assertThat(api.get("/api/v1/model-versions/compare?left=search-a&right=search-a@1", As.bearer(viewer)).problemCode()).isEqualTo("invalid-input");

        Api.Response events = api.get("/api/v1/registry-events", As.bearer(viewer));
        assertThat(events.body()).contains("\"type\":\"version.created\",\"model\":\"search-a\",\"version\":2",
                "\"type\":\"alias.moved\",\"model\":\"search-a\",\"version\":2,\"alias\":\"champion\"");
    }

    @Test
    void rolesAndApiKeys() {
        assertThat(registry.createModel(viewer, "not-allowed", "").status()).isEqualTo(403);
        registry.createModel(scientist, "keyed", "");
        registry.version(scientist, "keyed", 0.8, "[]");
        String key = api.post("/api/v1/api-keys", As.bearer(admin), "{\"name\":\"reader\",\"scopes\":[\"read\"]}").string("key");
        assertThat(api.get("/api/v1/models/keyed@1", As.apiKey(key)).get("version")).isEqualTo(1);
        assertThat(api.get("/api/v1/models/keyed/versions/1/artifact", As.apiKey(key)).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/models/keyed/aliases/staging", As.apiKey(key), "{\"version\":1}").status()).isEqualTo(403);
    }

    @Test
    void anotherTenantsRegistryIsNotFound() {
        registry.createModel(scientist, "secret-model", "");
        registry.version(scientist, "secret-model", 0.8, "[\"secret\"]");
        api.put("/api/v1/models/secret-model/aliases/production", As.bearer(scientist), "{\"version\":1}");
        api.put("/api/v1/models/secret-model/labels/de", As.bearer(scientist), "{\"translations\":{\"churn\":\"Kündigung\"}}");
        String intruder = newTenantAdmin(unique("intruder"));
        new Registry(api).createModel(intruder, "own-model", "");

        for (String path : List.of("/api/v1/models/secret-model", "/api/v1/models/secret-model@1", "/api/v1/models/secret-model@production",
                "/api/v1/models/secret-model/versions", "/api/v1/models/secret-model/versions/1",
                "/api/v1/models/secret-model/versions/1/artifact", "/api/v1/models/secret-model/aliases",
                "/api/v1/models/secret-model/labels", "/api/v1/models/secret-model/approvals",
                "/api/v1/model-versions/compare?left=secret-model@1&right=secret-model@1")) {
            Api.Response response = api.get(path, As.bearer(intruder));
            assertThat(response.status()).as(path + " " + response).isEqualTo(404);
        }
        assertThat(api.put("/api/v1/models/secret-model/aliases/production", As.bearer(intruder), "{\"version\":1}").status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/models/secret-model", As.bearer(intruder), "{\"description\":\"pwned\"}").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/models/secret-model/labels/de", As.bearer(intruder), "{\"translations\":{}}").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/models/secret-model/aliases/production", As.bearer(intruder)).status()).isEqualTo(404);
        assertThat(registry.upload(intruder, "secret-model", Registry.metadata("us-east", "INTERNAL", 0.9, "[]", "1"),
                Registry.artifact("x")).status()).isEqualTo(404);
        Api.Response none = api.get("/api/v1/model-versions?tag=secret", As.bearer(intruder));
        assertThat(none.items()).as(none.toString()).isEmpty();
        assertThat(api.get("/api/v1/models", As.bearer(intruder)).body()).doesNotContain("secret-model");
        assertThat(api.get("/api/v1/registry-events", As.bearer(intruder)).body()).doesNotContain("secret-model");

        Api.Response own = api.get("/api/v1/models/secret-model@production", As.bearer(scientist));
        assertThat(own.get("version")).as(own.toString()).isEqualTo(1);
        assertThat(api.get("/api/v1/models/secret-model/labels/de", As.bearer(scientist)).get("translations")).isEqualTo(Map.of("churn", "Kündigung"));
    }
}
