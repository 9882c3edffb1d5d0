package io.meridian.api.models;

import io.meridian.compliance.RegionCatalog;
import io.meridian.registry.artifacts.ArtifactStore;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.registry.artifacts.FileSystemArtifactStore;
import io.meridian.registry.artifacts.S3ArtifactStore;
import io.meridian.registry.artifacts.S3Settings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One artifact store per region. By default a directory {@code <root>/<region>} under the data
 * directory; {@code meridian.artifacts.regions.<region>.root} puts a region's directory elsewhere
 * (its own volume), and {@code meridian.artifacts.regions.<region>.s3.bucket} puts it in an
 * S3-compatible bucket instead (with {@code .s3.endpoint}, {@code .s3.signing-region},
 * {@code .s3.path-style}, {@code .s3.prefix}, {@code .s3.access-key}/{@code .s3.secret-key}).
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
            String prefix = "meridian.artifacts.regions." + region + ".";
            try {
                Optional<String> bucket = environment.getProperty(prefix + "s3.bucket", String.class);
                if (bucket.isPresent()) {
                    S3Settings s3 = new S3Settings(bucket.get(),
                            environment.getProperty(prefix + "s3.prefix", String.class, ""),
                            environment.getProperty(prefix + "s3.endpoint", String.class).map(URI::create),
                            environment.getProperty(prefix + "s3.signing-region", String.class, "us-east-1"),
                            environment.getProperty(prefix + "s3.path-style", Boolean.class, false),
                            environment.getProperty(prefix + "s3.access-key", String.class),
                            environment.getProperty(prefix + "s3.secret-key", String.class));
                    stores.put(region, new S3ArtifactStore(s3.client(), s3.bucket(), s3.prefix(), base.resolve("spool").resolve(region)));
                } else {
                    Path regionRoot = environment.getProperty(prefix + "root", String.class).map(Path::of).orElse(base.resolve(region));
                    stores.put(region, new FileSystemArtifactStore(regionRoot));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the artifact store of " + region, e);
            }
        }
        return new ArtifactStores(stores);
    }
}
