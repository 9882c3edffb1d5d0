package io.meridian.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One real platform for the whole browser test run: the packaged API jar (with its embedded PostgreSQL
 * and the seeded demo tenant, in a fresh data folder) and the packaged console jar pointed at it, each
 * its own process on a free port, as in production. Started by the first test that asks, stopped when
 * the test JVM ends. The processes' output goes to {@code target/browser-logs/}.
 */
public final class Platform {

    /** The demo tenant's users all have this password (README). */
    public static final String DEMO_PASSWORD = "meridian-demo-password";
    public static final String DEMO_TENANT = "demo";

    /**
     * The demo models train in the background for about a minute after the start; journeys that need
     * them (the playground) start the test run with {@code -Dconsole.browser.demoModels=true}.
     */
    private static final boolean DEMO_MODELS = Boolean.getBoolean("console.browser.demoModels");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static Platform started;

    private final Process api;
    private final Process console;
    private final URI apiUrl;
    private final URI consoleUrl;
    private final Path dataDir;

    private Platform(Process api, Process console, URI apiUrl, URI consoleUrl, Path dataDir) {
        this.api = api;
        this.console = console;
        this.apiUrl = apiUrl;
        this.consoleUrl = consoleUrl;
        this.dataDir = dataDir;
    }

    public static synchronized Platform get() {
        if (started == null) {
            started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "platform-stop"));
        }
        return started;
    }

    public URI apiUrl() {
        return apiUrl;
    }

    public URI consoleUrl() {
        return consoleUrl;
    }

    private static Platform start() {
        Path module = Path.of("").toAbsolutePath();
        Path apiJar = module.resolveSibling("platform-api").resolve("target/meridian-platform.jar");
        Path consoleJar = module.resolve("target/meridian-console.jar");
        for (Path jar : new Path[] {apiJar, consoleJar}) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl console-ui -am verify builds both)");
            }
        }
        try {
            Path logs = Files.createDirectories(module.resolve("target/browser-logs"));
            Path dataDir = Files.createTempDirectory("meridian-console-it-");
            int apiPort = freePort();
            int consolePort = freePort();
            URI apiUrl = URI.create("http://localhost:" + apiPort);
            URI consoleUrl = URI.create("http://localhost:" + consolePort + "/");
            Process api = java(apiJar, logs.resolve("api.log"), Map.of(
                    "MERIDIAN_DATA_DIR", dataDir.toString(),
                    "MICRONAUT_SERVER_PORT", Integer.toString(apiPort),
                    "MERIDIAN_SEED_DEMO", "true",
                    "MERIDIAN_SEED_DEMO_MODELS", Boolean.toString(DEMO_MODELS)));
            Process console = java(consoleJar, logs.resolve("console.log"), Map.of(
                    "MERIDIAN_CONSOLE_PORT", Integer.toString(consolePort),
                    "MERIDIAN_API_URL", apiUrl.toString()));
            Platform platform = new Platform(api, console, apiUrl, consoleUrl, dataDir);
            try {
                awaitOk(api, apiUrl.resolve("/health/readiness"));
                awaitOk(console, consoleUrl.resolve("/login"));
            } catch (RuntimeException e) {
                platform.stop();
                throw e;
            }
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the platform", e);
        }
    }

    private static Process java(Path jar, Path log, Map<String, String> environment) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitOk(Process process, URI url) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(url + ": the process ended with " + process.exitValue() + " (see target/browser-logs)");
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
                connection.setConnectTimeout(1_000);
                connection.setReadTimeout(5_000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + url, e);
            }
        }
        throw new IllegalStateException(url + " did not answer 200 within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stop() {
        for (Process process : new Process[] {console, api}) {
            process.destroy();
        }
        for (Process process : new Process[] {console, api}) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
