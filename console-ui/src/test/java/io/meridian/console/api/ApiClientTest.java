package io.meridian.console.api;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP core against a small local server: headers sent, JSON read, problems and outages turned into exceptions. */
class ApiClientTest {

    private HttpServer server;
    private final AtomicReference<Map<String, String>> seen = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            seen.set(Map.of("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "language", String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Language")),
                    "forwardedFor", String.valueOf(exchange.getRequestHeaders().getFirst("X-Forwarded-For"))));
            respond(exchange, 200, "application/json", "{\"items\":[{\"name\":\"a\"}],\"limit\":50,\"offset\":0,\"total\":1,\"later\":true}");
        });
        server.createContext("/invalid", exchange -> respond(exchange, 400, "application/problem+json",
                "{\"type\":\"https://meridian.dev/problems/invalid-input\",\"code\":\"invalid-input\",\"title\":\"Ungültige Eingabe\","
                        + "\"status\":400,\"detail\":\"2 Felder sind ungültig.\",\"errors\":[{\"field\":\"hyperparameters.epochs\","
                        + "\"message\":\"hyperparameters.epochs muss zwischen 1 und 1000 liegen\"},{\"field\":\"model\",\"message\":\"ist erforderlich\"}]}"));
        server.createContext("/proxy-error", exchange -> respond(exchange, 502, "text/html", "<html>bad gateway</html>"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    record Named(String name) {
    }

    @Test
    void sendsTheTokenAndLanguageAndReadsJsonIgnoringNewFields() {
        Page<Named> page = client().get("/ok", new com.fasterxml.jackson.core.type.TypeReference<Page<Named>>() { });
        assertThat(page.items()).containsExactly(new Named("a"));
        assertThat(seen.get()).containsEntry("authorization", "Bearer token-1").containsEntry("language", "de")
                .containsEntry("forwardedFor", "null");
    }

    @Test
    void passesOnWhoseRequestItIsAsAProxyDoes() {
        client().forwardingFor(null, "192.0.2.10").get("/ok", new com.fasterxml.jackson.core.type.TypeReference<Page<Named>>() { });
        assertThat(seen.get()).containsEntry("forwardedFor", "192.0.2.10");
        client().forwardingFor("203.0.113.7", "10.0.0.3").get("/ok", new com.fasterxml.jackson.core.type.TypeReference<Page<Named>>() { });
        assertThat(seen.get()).containsEntry("forwardedFor", "203.0.113.7, 10.0.0.3");
    }

    @Test
    void aProblemCarriesItsLocalizedTextsAndFieldMessages() {
        assertThatThrownBy(() -> client().get("/invalid", Named.class))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.code()).isEqualTo("invalid-input");
                    assertThat(problem.title()).isEqualTo("Ungültige Eingabe");
                    assertThat(problem.detail()).isEqualTo("2 Felder sind ungültig.");
                    assertThat(problem.messageFor("model")).contains("ist erforderlich");
                    assertThat(problem.messageFor("hyperparameters")).contains("hyperparameters.epochs muss zwischen 1 und 1000 liegen");
                    assertThat(problem.messageFor("dataset")).isEmpty();
                });
    }

    @Test
    void anAnswerThatIsNotTheApisIsUnavailable() {
        assertThatThrownBy(() -> client().get("/proxy-error", Named.class)).isInstanceOf(ApiUnavailable.class);
        server.stop(0);
        assertThatThrownBy(() -> client().get("/ok", Named.class)).isInstanceOf(ApiUnavailable.class);
    }

    private ApiClient client() {
        return new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Optional.of("token-1"), Locale.GERMAN);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
