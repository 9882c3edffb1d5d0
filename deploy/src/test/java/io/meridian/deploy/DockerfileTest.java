package io.meridian.deploy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    /** The images' health probe, compiled as the build stage compiles it and run against a live server. */
    @Test
    void theHealthProbeTellsUpFromDown(@TempDir Path classes) throws Exception {
        Path source = DeployFiles.root().resolve("docker/HealthCheck.java");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "25", "-d", classes.toString(),
                source.toString())).isZero();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertThat(probe(classes, "http://127.0.0.1:" + port + "/health/readiness")).isZero();
            assertThat(probe(classes, "http://127.0.0.1:" + port + "/down")).isEqualTo(1);
            assertThat(probe(classes, "tcp://127.0.0.1:" + port)).isZero();
        } finally {
            server.stop(0);
        }
        assertThat(probe(classes, "tcp://127.0.0.1:" + server.getAddress().getPort())).isEqualTo(1);
    }

    private static int probe(Path classes, String url) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "HealthCheck", url).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
