package io.meridian.deploy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-host compose files: every variable they use is in .env.example; Compose itself accepts them. */
class ComposeTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    private static final List<String> FILES = List.of("compose/compose.yaml", "compose/compose.s3.yaml");

    @Test
    void everyVariableIsInTheExample() throws IOException {
        Set<String> declared = example().keySet();
        for (String file : FILES) {
            Matcher matcher = VARIABLE.matcher(Files.readString(DeployFiles.root().resolve(file)));
            List<String> used = new ArrayList<>();
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            assertThat(used).as(file).isNotEmpty();
            assertThat(declared).as("variables of " + file + " in .env.example").containsAll(used);
        }
    }

    @Test
    void theExampleCommitsNoSecret() throws IOException {
        example().forEach((name, value) -> {
            if (name.contains("PASSWORD") || name.endsWith("SECRET") || name.endsWith("_KEY")) {
                assertThat(value).as(name).isEmpty();
            }
        });
    }

    /**
     * {@code docker compose config} validates and interpolates without a Docker engine. Where no Compose is
     * installed (the development machine has only the docker client) this one case is skipped, not passed.
     */
    @Test
    void composeAcceptsTheFilesWithTheExampleFilledIn(@TempDir Path directory) throws Exception {
        List<String> compose = composeCommand();
        Assumptions.assumeFalse(compose.isEmpty(), "neither `docker compose` nor `docker-compose` is installed");
        Path env = directory.resolve("env");
        List<String> lines = new ArrayList<>();
        example().forEach((name, value) -> lines.add(name + "=" + (value.isEmpty() ? filled(name) : value)));
        Files.write(env, lines);
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--env-file", env.toString()));
        FILES.forEach(file -> command.addAll(List.of("-f", DeployFiles.root().resolve(file).toString())));
        command.add("config");
        String rendered = run(command);
        Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions())).load(rendered);
        @SuppressWarnings("unchecked")
        Map<String, Object> api = (Map<String, Object>) ((Map<String, Object>) config.get("services")).get("api");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) api.get("environment");
        assertThat(environment).containsEntry("MERIDIAN_SERVING_REGION", "eu-west").containsKey("MERIDIAN_JWT_SECRET");
        // The S3 store's settings are JSON put together by interpolation: it must still be JSON.
        new tools.jackson.databind.ObjectMapper().readTree(String.valueOf(environment.get("MICRONAUT_APPLICATION_JSON")));
    }

    private static String filled(String name) {
        return name.contains("SECRET") ? "x".repeat(40) : name.equals("MERIDIAN_S3_ENDPOINT") ? "https://s3.example.org" : "value";
    }

    private static Map<String, String> example() throws IOException {
        return Files.readAllLines(DeployFiles.root().resolve("compose/.env.example")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1),
                        (a, b) -> b, java.util.LinkedHashMap::new));
    }

    private static List<String> composeCommand() throws Exception {
        if (works(List.of("docker", "compose", "version"))) {
            return List.of("docker", "compose");
        }
        if (works(List.of("docker-compose", "version"))) {
            return List.of("docker-compose");
        }
        return List.of();
    }

    private static boolean works(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + err).isZero();
        return Optional.of(out).orElseThrow();
    }
}
