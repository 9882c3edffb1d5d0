package io.meridian.console.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving an alias answers in two shapes: 200 with the alias when it moved, 202 with the approval
 * request when production of the model waits for one. Both are told apart, and the request is a PUT.
 */
class AliasesApiTest {

    private static final UUID APPROVAL = UUID.fromString("5b0c3d2e-8f41-4c67-9a0d-1e2f3a4b5c6d");

    private HttpServer server;
    private final AtomicReference<String> seen = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/models/churn/aliases/staging", exchange -> respond(exchange, 200,
                "{\"model\":\"churn\",\"alias\":\"staging\",\"version\":2,\"movedBy\":\"user:1\",\"movedAt\":\"2026-11-27T08:00:00Z\"}"));
        server.createContext("/api/v1/models/churn/aliases/production", exchange -> respond(exchange, 202,
                "{\"id\":\"" + APPROVAL + "\",\"model\":\"churn\",\"alias\":\"production\",\"version\":3,\"reason\":\"better\","
                        + "\"state\":\"PENDING\",\"requestedBy\":\"user:1\",\"requestedAt\":\"2026-11-27T08:00:00Z\"}"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anAliasThatMovedIsTheAlias() {
        AliasesApi.Move move = api().move("churn", "staging", 2, "");
        assertThat(move.pending()).isNull();
        assertThat(move.moved().alias()).isEqualTo("staging");
        assertThat(move.moved().version()).isEqualTo(2);
        assertThat(seen.get()).isEqualTo("PUT {\"version\":2,\"reason\":\"\"}");
    }

    @Test
    void aMoveThatWaitsIsThePendingApproval() {
        AliasesApi.Move move = api().move("churn", "production", 3, "better");
        assertThat(move.moved()).isNull();
        assertThat(move.pending().id()).isEqualTo(APPROVAL);
        assertThat(move.pending().state()).isEqualTo("PENDING");
        assertThat(move.pending().version()).isEqualTo(3);
    }

    private AliasesApi api() {
        return new AliasesApi(new ApiClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Optional.of("t"), Locale.ENGLISH));
    }

    private void respond(HttpExchange exchange, int status, String json) throws IOException {
        seen.set(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
