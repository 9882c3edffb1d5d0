package io.meridian.api.support;

import io.meridian.registry.artifacts.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds registry requests for the tests: a tabular classifier's metadata and its artifact bytes. */
public final class Registry {

    private final Api api;

    public Registry(Api api) {
        this.api = api;
    }

    public static byte[] artifact(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }

    public Api.Response createModel(String token, String name, String extraJson) {
        return api.post("/api/v1/models", Api.As.bearer(token),
                "{\"name\":\"" + name + "\",\"description\":\"Churn in " + name + "\",\"task\":\"CLASSIFICATION\"" + extraJson + "}");
    }

    /** Metadata of a churn classifier with the given accuracy and tags; region and data class as given. */
    public static String metadata(String region, String dataClass, double accuracy, String tagsJson, String epochs) {
        return """
                {"format":"TRIBUO","region":"%s","dataClass":"%s",
                 "signature":{"inputs":[{"name":"age","type":"INTEGER"},{"name":"plan","type":"CATEGORY"},
                                        {"name":"monthly_spend","type":"FLOAT"}],
                              "labels":["stay","churn"]},
                 "metrics":{"values":{"accuracy":%s,"macro_f1":%s},"lossCurve":[0.69,0.41,0.33],
                            "confusionMatrix":{"labels":["stay","churn"],"counts":[[90,10],[12,88]]}},
                 "lineage":{"trainer":"tribuo-logistic","hyperparameters":{"epochs":"%s","learning_rate":"0.1"}},
                 "tags":%s}
                """.formatted(region, dataClass, accuracy, accuracy - 0.02, epochs, tagsJson);
    }

    public Api.Response upload(String token, String model, String metadata, byte[] artifact) {
        return api.postMultipart("/api/v1/models/" + model + "/versions", Api.As.bearer(token),
                Map.of("metadata", metadata), "artifact", artifact);
    }

    /** Uploads a valid version in us-east and fails the test if it is refused. */
    public int version(String token, String model, double accuracy, String tagsJson) {
        Api.Response created = upload(token, model, metadata("us-east", "INTERNAL", accuracy, tagsJson, "10"),
                artifact(model + " " + accuracy + " " + tagsJson + " " + System.nanoTime()));
        if (created.status() != 201) {
            throw new AssertionError("version not created: " + created);
        }
        return ((Number) created.get("version")).intValue();
    }
}
