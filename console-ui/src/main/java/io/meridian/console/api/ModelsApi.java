package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Models and their versions: {@code /api/v1/models}, {@code /api/v1/models/{name}/versions}, the version
 * search with its filters and the side-by-side comparison ({@code /api/v1/model-versions}).
 */
public final class ModelsApi {

    /** @param aliases alias → version */
    public record Model(String name, String description, String task, List<String> tags, boolean approvalRequired,
                        int latestVersion, Map<String, Integer> aliases, Instant createdAt, Instant updatedAt) {
    }

    /** One named input: FLOAT, INTEGER, BOOLEAN, CATEGORY, TEXT or TENSOR. */
    public record Feature(String name, String type, List<Integer> shape) {
    }

    public record Signature(List<Feature> inputs, List<String> labels) {

        public Signature {
            inputs = inputs == null ? List.of() : inputs;
            labels = labels == null ? List.of() : labels;
        }
    }

    /** Rows are the true labels, columns the predicted ones. */
    public record ConfusionMatrix(List<String> labels, List<List<Long>> counts) {
    }

    public record Metrics(Map<String, Double> values, List<Double> lossCurve, ConfusionMatrix confusionMatrix) {

        public Metrics {
            values = values == null ? Map.of() : values;
            lossCurve = lossCurve == null ? List.of() : lossCurve;
        }
    }

    public record Lineage(UUID datasetId, String datasetSha256, UUID trainingJobId, String trainer, Map<String, String> hyperparameters) {

        public Lineage {
            hyperparameters = hyperparameters == null ? Map.of() : hyperparameters;
        }
    }

    public record Version(String model, int version, String format, String region, String sourceRegion, String dataClass,
                          Signature signature, Metrics metrics, Lineage lineage, List<String> tags, List<String> aliases,
                          String createdBy, Instant createdAt) {

        public Version {
            signature = signature == null ? new Signature(null, null) : signature;
            metrics = metrics == null ? new Metrics(null, null, null) : metrics;
            lineage = lineage == null ? new Lineage(null, null, null, null, null) : lineage;
            tags = tags == null ? List.of() : tags;
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    /** What the version search lists: scalar metrics, no signature or matrix. */
    public record Listing(String model, int version, String format, String region, Map<String, Double> metrics, String trainer,
                          List<String> tags, List<String> aliases, String createdBy, Instant createdAt) {
    }

    /** The version search's filters; null or blank ones are left out. {@code metric} reads like {@code accuracy>=0.9}. */
    public record VersionFilter(String model, String tag, String alias, String metric) {
    }

    public record VersionSummary(String model, int version, String format, String region, Instant createdAt, String trainer) {
    }

    /** {@code delta} is right minus left where both have the metric. */
    public record MetricRow(String name, Double left, Double right, Double delta) {
    }

    public record ParameterRow(String name, String left, String right, boolean same) {
    }

    public record Comparison(VersionSummary left, VersionSummary right, List<MetricRow> metrics, List<ParameterRow> hyperparameters) {
    }

    private final ApiClient client;

    public ModelsApi(ApiClient client) {
        this.client = client;
    }

    public Page<Model> models(int limit) {
        return client.get("/api/v1/models?limit=" + limit, new TypeReference<Page<Model>>() { });
    }

    public Model model(String name) {
        return client.get("/api/v1/models/" + segment(name), Model.class);
    }

    public Page<Version> versions(String model, int limit) {
        return client.get("/api/v1/models/" + segment(model) + "/versions?limit=" + limit, new TypeReference<Page<Version>>() { });
    }

    public Version version(String model, int version) {
        return client.get("/api/v1/models/" + segment(model) + "/versions/" + version, Version.class);
    }

    /** Newest first. */
    public Page<Listing> search(VersionFilter filter, int limit, int offset) {
        List<String> query = new ArrayList<>();
        add(query, "model", filter.model());
        add(query, "tag", filter.tag());
        add(query, "alias", filter.alias());
        add(query, "metric", filter.metric());
        query.add("limit=" + limit);
        query.add("offset=" + offset);
        return client.get("/api/v1/model-versions?" + String.join("&", query), new TypeReference<Page<Listing>>() { });
    }

    public Comparison compare(String model, int left, int right) {
        return client.get("/api/v1/model-versions/compare?left=" + query(model + "@" + left) + "&right=" + query(model + "@" + right),
                Comparison.class);
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + query(value.trim()));
        }
    }

    static String segment(String text) {
        // "@" may stand in a path segment as it is: name@alias is how the API reads a version reference
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
