package io.meridian.api.models;

import io.meridian.compliance.RegionCatalog;
import io.meridian.registry.artifacts.ArtifactStore;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.registry.artifacts.FileSystemArtifactStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One artifact store per region: by default a directory {@code <root>/<region>} under the data
 * directory; {@code meridian.artifacts.regions.<region>.root} puts a region elsewhere (its own
 * volume, in a real cell).
 */
@Factory
final class ArtifactStoreFactory {

    @Singleton
    ArtifactStores artifactStores(RegionCatalog regions, Environment environment,
                                  @Value("${meridian.artifacts.root:}") String root,
                                  @Value("${meridian.data-dir:.meridian}") String dataDirectory) {
        Path base = root.isBlank() ? Path.of(dataDirectory, "artifacts") : Path.of(root);
        Map<String, ArtifactStore> stores = new HashMap<>();
        for (String region : regions.codes()) {
            Path regionRoot = environment.getProperty("meridian.artifacts.regions." + region + ".root", String.class)
                    .map(Path::of).orElse(base.resolve(region));
            try {
                stores.put(region, new FileSystemArtifactStore(regionRoot));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the artifact store of " + region + " at " + regionRoot, e);
            }
        }
        return new ArtifactStores(stores);
    }
}
