package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.Registry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Aliases over HTTP: moves, optimistic concurrency, approvals for production, audit and events. */
@MicronautTest
class ModelAliasApiTest extends ApiTest {

    private String slug;
    private String admin;
    private String scientist;
    private String compliance;
    private Registry registry;

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        registry = new Registry(api);
        slug = unique("aliases");
        admin = newTenantAdmin(slug);
        scientist = userWithRole("scientist", "DATA_SCIENTIST");
        compliance = userWithRole("compliance", "COMPLIANCE_ADMIN");
    }

    private String userWithRole(String name, String role) {
        return userWithRole(slug, admin, name, role);
    }

    private Api.Response move(String token, String model, String alias, String body) {
        return api.put("/api/v1/models/" + model + "/aliases/" + alias, As.bearer(token), body);
    }

    @Test
    void anAliasNamesOneVersionOfItsOwnModel() {
        registry.createModel(scientist, "intent", "");
        registry.createModel(scientist, "other", "");
        registry.version(scientist, "intent", 0.8, "[]");
        registry.version(scientist, "intent", 0.85, "[]");
        registry.version(scientist, "other", 0.9, "[]");

        Api.Response moved = move(scientist, "intent", "staging", "{\"version\":1}");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/models/intent@staging", As.bearer(scientist)).get("version")).isEqualTo(1);
        assertThat(move(scientist, "intent", "staging", "{\"version\":2,\"expectedVersion\":1}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/models/intent@staging", As.bearer(scientist)).get("version")).isEqualTo(2);
        assertThat(api.get("/api/v1/models/intent", As.bearer(scientist)).body()).contains("\"aliases\":{\"staging\":2}");

        Api.Response stale = move(scientist, "intent", "staging", "{\"version\":1,\"expectedVersion\":1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemCode()).isEqualTo("conflict");
        // "other" has only version 1: its alias cannot name intent's version 2
        Api.Response foreign = move(scientist, "other", "staging", "{\"version\":2}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("\"field\":\"version\"");
        assertThat(move(scientist, "intent", "Prod!", "{\"version\":1}").body()).contains("\"field\":\"alias\"");
        assertThat(api.get("/api/v1/models/intent@nothing", As.bearer(scientist)).status()).isEqualTo(404);

        Api.Response audit = api.get("/api/v1/audit?action=model.alias-moved&subject=model:intent@staging", As.bearer(admin));
        assertThat(audit.items()).hasSize(2);
        assertThat(audit.body()).contains("\\\"from\\\":1", "\\\"to\\\":2");

        assertThat(api.delete("/api/v1/models/intent/aliases/staging", As.bearer(scientist)).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/models/intent@staging", As.bearer(scientist)).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/models/intent/aliases/staging", As.bearer(scientist)).status()).isEqualTo(404);
    }

    @Test
    void ofConcurrentMovesFromTheSameStateExactlyOneWins() throws Exception {
        registry.createModel(scientist, "race", "");
        for (int i = 0; i < 6; i++) {
            registry.version(scientist, "race", 0.5 + i / 100.0, "[]");
        }
        move(scientist, "race", "champion", "{\"version\":1}");
        int contenders = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        List<Future<Api.Response>> results = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            int version = i + 2;
            results.add(pool.submit(() -> {
                start.await();
                return move(scientist, "race", "champion", "{\"version\":" + version + ",\"expectedVersion\":1}");
            }));
        }
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> result : results) {
            responses.add(result.get());
        }
        pool.shutdown();

        List<Api.Response> winners = responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 409).hasSize(contenders - 1);
        Object winner = winners.getFirst().get("version");
        assertThat(api.get("/api/v1/models/race@champion", As.bearer(scientist)).get("version")).isEqualTo(winner);
        assertThat(api.get("/api/v1/audit?action=model.alias-moved&subject=model:race@champion", As.bearer(admin)).items()).hasSize(2);
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);
    }

    @Test
    void productionWaitsForAnotherAdminsApprovalWhereTheModelRequiresIt() {
        assertThat(registry.createModel(scientist, "credit", ",\"approvalRequired\":true").status()).isEqualTo(201);
        registry.version(scientist, "credit", 0.9, "[]");
        registry.version(scientist, "credit", 0.92, "[]");

        // staging moves freely; production waits
        assertThat(move(scientist, "credit", "staging", "{\"version\":2}").status()).isEqualTo(200);
        Api.Response requested = move(scientist, "credit", "production", "{\"version\":1,\"reason\":\"first release\"}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        assertThat(requested.string("state")).isEqualTo("PENDING");
        String first = requested.string("id");
        assertThat(api.get("/api/v1/models/credit@production", As.bearer(scientist)).status()).isEqualTo(404);

        // a newer request supersedes the older one
        String second = move(scientist, "credit", "production", "{\"version\":2,\"reason\":\"better\"}").string("id");
        assertThat(api.get("/api/v1/models/credit/approvals?state=SUPERSEDED", As.bearer(scientist)).body()).contains(first);
        assertThat(api.post("/api/v1/models/credit/approvals/" + first + "/approve", As.bearer(compliance), "{}").status()).isEqualTo(409);

        // nobody approves a request with a role that may not, or their own
        assertThat(api.post("/api/v1/models/credit/approvals/" + second + "/approve", As.bearer(scientist), "{}").status()).isEqualTo(403);
        String adminsOwn = move(admin, "credit", "production", "{\"version\":2}").string("id");
        Api.Response own = api.post("/api/v1/models/credit/approvals/" + adminsOwn + "/approve", As.bearer(admin), "{}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("other than the requester");

        Api.Response approved = api.post("/api/v1/models/credit/approvals/" + adminsOwn + "/approve", As.bearer(compliance),
                "{\"comment\":\"validated on the Q3 holdout\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.string("state")).isEqualTo("APPROVED");
        assertThat(api.get("/api/v1/models/credit@production", As.bearer(scientist)).get("version")).isEqualTo(2);
        assertThat(api.get("/api/v1/audit?action=model.alias-moved&subject=model:credit@production", As.bearer(admin)).body())
                .contains(adminsOwn);

        String rejectedId = move(scientist, "credit", "production", "{\"version\":1}").string("id");
        assertThat(api.post("/api/v1/models/credit/approvals/" + rejectedId + "/reject", As.bearer(admin), "{\"comment\":\"no\"}")
                .string("state")).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/models/credit@production", As.bearer(scientist)).get("version")).isEqualTo(2);

        // the scientist may neither switch the check off nor remove the protected alias
        assertThat(api.patch("/api/v1/models/credit", As.bearer(scientist), "{\"approvalRequired\":false}").status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/models/credit/aliases/production", As.bearer(scientist)).status()).isEqualTo(403);
        assertThat(api.patch("/api/v1/models/credit", As.bearer(scientist), "{\"description\":\"Credit risk\"}").status()).isEqualTo(200);

        Api.Response events = api.get("/api/v1/registry-events", As.bearer(scientist));
        assertThat(events.body()).contains("\"type\":\"alias.approval-requested\",\"model\":\"credit\"",
                "\"type\":\"alias.moved\",\"model\":\"credit\",\"version\":2,\"alias\":\"production\"",
                "\"type\":\"alias.approval-rejected\",\"model\":\"credit\"");
    }
}
