package io.meridian.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the images without a Docker engine (the development machine has none): the jars the
 * Dockerfiles copy are the ones the modules build, the worker command of the cells finds the jar where the
 * image puts it, and the runtime stages run as a non-root user with a health check.
 */
class DockerfileTest {

    private static String read(String path) throws IOException {
        return Files.readString(DeployFiles.root().resolve(path));
    }

    @Test
    void theApiImageCopiesTheJarTheModuleBuilds() throws IOException {
        String dockerfile = read("docker/platform-api.Dockerfile");
        String pom = Files.readString(DeployFiles.root().resolveSibling("platform-api/pom.xml"));
        assertThat(pom).contains("<finalName>meridian-platform</finalName>");
        assertThat(dockerfile).contains("platform-api/target/meridian-platform.jar", "/app/meridian-platform.jar");
        assertThat(read("docker/platform-api-entrypoint.sh")).contains("-jar /app/meridian-platform.jar");
    }

    @Test
    void theCellsWorkerCommandRunsTheImagesJar() throws IOException {
        try (var overlays = Files.list(DeployFiles.overlays())) {
            for (Path overlay : overlays.toList()) {
                assertThat(Files.readString(overlay.resolve("cell/meridian.yml")))
                        .contains("command: [java, -jar, /app/meridian-platform.jar, train-worker]");
            }
        }
    }

    @Test
    void runtimeStagesAreNonRootWithAHealthCheck() throws IOException {
        for (String image : new String[]{"platform-api", "console-ui"}) {
            String dockerfile = read("docker/" + image + ".Dockerfile");
            String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
            assertThat(runtime).as(image).contains("FROM eclipse-temurin:25-jre", "USER 10001:10001", "HEALTHCHECK", "EXPOSE");
            assertThat(dockerfile).as(image).contains("FROM eclipse-temurin:25-jdk AS build", "./mvnw -B");
            assertThat(read("docker/" + image + ".Dockerfile.dockerignore")).contains("**/target", ".git");
        }
        assertThat(read("docker/console-ui.Dockerfile")).contains("console-ui/target/meridian-console.jar", "EXPOSE 8081");
    }
}
