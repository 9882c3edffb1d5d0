package io.meridian.deploy;

import io.meridian.compliance.RegionCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell renders, and every object of it passes {@link ManifestCheck}. */
class OverlaysTest {

    @Test
    void oneOverlayPerRegionThePlatformKnows() throws IOException {
        try (Stream<Path> overlays = Files.list(DeployFiles.overlays())) {
            assertThat(overlays.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(RegionCatalog.standard().codes());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOverlayRendersAndValidates() throws IOException {
        String guide = Files.readString(DeployFiles.root().resolve("README.md"));
        return RegionCatalog.standard().codes().stream().map(region -> DynamicTest.dynamicTest(region, () -> {
            String rendered = Kustomize.render(DeployFiles.overlays().resolve(region));
            List<String> problems = ManifestCheck.check(rendered, guide, region);
            assertThat(problems).as("problems in the %s cell", region).isEmpty();
            // The render holds what a cell needs: a test that read nothing must not pass.
            assertThat(rendered).contains("kind: Deployment", "kind: NetworkPolicy", "kind: ResourceFlavor",
                    "name: meridian-" + region);
        }));
    }
}
