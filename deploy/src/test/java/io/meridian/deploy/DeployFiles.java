package io.meridian.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where deploy/ is: surefire runs in the module's folder, an IDE may run in the repository root. */
final class DeployFiles {

    private DeployFiles() {
    }

    static Path root() {
        for (Path candidate : new Path[]{Path.of(""), Path.of("deploy")}) {
            Path absolute = candidate.toAbsolutePath();
            if (Files.isDirectory(absolute.resolve("kubernetes/overlays"))) {
                return absolute;
            }
        }
        throw new AssertionError("run from the repository root or deploy/: kubernetes/overlays not found");
    }

    static Path overlays() {
        return root().resolve("kubernetes/overlays");
    }
}
