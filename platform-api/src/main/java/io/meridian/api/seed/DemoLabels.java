package io.meridian.api.seed;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The label translations of the demo models ({@code demo/labels.json}: model → locale → label →
 * text), written for every supported locale.
 */
@Singleton
public final class DemoLabels {

    static final String RESOURCE = "demo/labels.json";

    private static final Argument<Map<String, Map<String, Map<String, String>>>> CATALOG =
            Argument.mapOf(Argument.STRING, Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, String.class)));

    private final Map<String, Map<String, Map<String, String>>> catalog;

    DemoLabels(JsonMapper json) {
        try (InputStream in = DemoLabels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            catalog = json.readValue(in.readAllBytes(), CATALOG);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " unreadable", e);
        }
    }

    /** locale tag → (label → translation) of one model; empty for a model without translations. */
    public Map<String, Map<String, String>> of(String model) {
        return catalog.getOrDefault(model, Map.of());
    }
}
