package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;
import java.util.Map;

/** Translations of a model's output labels, per locale: {@code /api/v1/models/{name}/labels}. */
public final class LabelsApi {

    /** @param locale a language tag ({@code de}, {@code pt-BR}) */
    public record Labels(String model, String locale, Map<String, String> translations) {
    }

    private record Replacement(Map<String, String> translations) {
    }

    private final ApiClient client;

    public LabelsApi(ApiClient client) {
        this.client = client;
    }

    public List<Labels> all(String model) {
        return client.get(base(model), new TypeReference<List<Labels>>() { });
    }

    /** Replaces the locale's translations as a whole. */
    public Labels replace(String model, String locale, Map<String, String> translations) {
        return client.put(base(model) + "/" + locale, new Replacement(translations), Labels.class);
    }

    private static String base(String model) {
        return "/api/v1/models/" + ModelsApi.segment(model) + "/labels";
    }
}
