package io.meridian.training.trainers;

import com.google.gson.GsonBuilder;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import org.tribuo.Model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a trained Tribuo model as the version's artifact, and its provenance as JSON for lineage. */
final class TribuoArtifacts {

    static final String FILE_NAME = "model.tribuo";

    private TribuoArtifacts() {
    }

    /** Tribuo's protobuf serialization (not Java serialization, which loading would have to trust). */
    static Path write(Model<?> model, Path workDirectory) throws IOException {
        Path artifact = workDirectory.resolve(FILE_NAME);
        model.serializeToFile(artifact);
        return artifact;
    }

    static String provenanceJson(Model<?> model) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(sorted(ProvenanceUtil.convertToMap(model.getProvenance())));
    }

    /** Provenance maps are hash maps; sorted keys make the JSON of two runs comparable. */
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, inner) -> sorted.put(String.valueOf(key), sorted(inner)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TribuoArtifacts::sorted).toList();
        }
        return value;
    }
}
