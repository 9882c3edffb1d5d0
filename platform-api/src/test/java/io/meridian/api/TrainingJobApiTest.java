package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training jobs end to end over HTTP: submitted, placed by policy, admitted, run by the in-process
 * executor, registered as a model version; followed by events, progress, logs and a server-sent
 * event stream; cancelled while running; retried after their worker died; refused when bad.
 */
@MicronautTest
class TrainingJobApiTest extends ApiTest {

    private String slug;
    private String admin;
    private String scientist;
    private String datasetId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = withQuickTraining(super.getProperties());
        properties.put("meridian.training.stream-poll", "100ms");
        return properties;
    }

    /** Two overlapping clouds of points and a category that helps tell them apart. */
    static String blobs(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("x1,x2,segment,label\n");
        for (int i = 0; i < rows; i++) {
            boolean yes = random.nextBoolean();
            double centre = yes ? 1.5 : -1.5;
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%s%n", centre + random.nextGaussian(), centre + random.nextGaussian(),
                    yes == random.nextDouble() < 0.8 ? "retail" : "business", yes ? "yes" : "no"));
        }
        return csv.toString();
    }

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("training");
        admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        Api.Response dataset = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"blobs\",\"region\":\"eu-west\",\"labelColumn\":\"label\"}"), "file",
                blobs(400, 7).getBytes(StandardCharsets.UTF_8));
        assertThat(dataset.status()).as(dataset.toString()).isEqualTo(201);
        datasetId = dataset.string("id");
    }

    private Api.Response submit(String token, String body) {
        return api.post("/api/v1/jobs", As.bearer(token), body);
    }

    private Api.Response awaitJob(String id, Predicate<Api.Response> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Api.Response job = api.get("/api/v1/jobs/" + id, As.bearer(scientist));
        while (!done.test(job) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = api.get("/api/v1/jobs/" + id, As.bearer(scientist));
        }
        assertThat(done.test(job)).as("job %s did not get there in %s: %s", id, timeout, job).isTrue();
        return job;
    }

    private static Predicate<Api.Response> state(String state) {
        return job -> state.equals(job.get("state"));
    }

    @Test
    void aJobTrainsRegistersItsVersionAndStreamsItsProgress() throws Exception {
        Api.Response submitted = submit(scientist, """
                {"model":"churn-blobs","dataset":"%s","trainer":"tribuo-logistic-regression",
                 "hyperparameters":{"epochs":5},"seed":42}""".formatted(datasetId));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.string("id");
        // EU-west data without personal data: every region's pool may train it, its own region first
        assertThat((List<?>) submitted.get("allowedPools")).first().isEqualTo("eu-west-local");

        HttpResponse<String> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/v1/jobs/" + id + "/stream"))
                .header("Authorization", "Bearer " + scientist).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.body()).contains("event: job", "event: progress", "event: end", "\"epoch\":5", "\"state\":\"SUCCEEDED\"");

        Api.Response job = awaitJob(id, state("SUCCEEDED"), Duration.ofSeconds(30));
        assertThat(job.get("modelVersion")).isEqualTo(1);
        assertThat(job.get("pool")).isEqualTo("eu-west-local");
        assertThat(job.get("region")).isEqualTo("eu-west");
        assertThat(job.get("attempt")).isEqualTo(1);

        Api.Response version = api.get("/api/v1/models/churn-blobs/versions/1", As.bearer(scientist));
        assertThat(version.status()).as(version.toString()).isEqualTo(200);
        assertThat(version.string("format")).isEqualTo("TRIBUO");
        assertThat(version.string("region")).isEqualTo("eu-west");
        @SuppressWarnings("unchecked")
        Map<String, Object> lineage = (Map<String, Object>) version.get("lineage");
        assertThat(lineage).containsEntry("trainingJobId", id).containsEntry("datasetId", datasetId)
                .containsEntry("trainer", "tribuo-logistic-regression");
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) ((Map<String, Object>) version.get("metrics")).get("values");
        assertThat(((Number) metrics.get("accuracy")).doubleValue()).isGreaterThan(0.8);

        List<Map<String, Object>> events = api.get("/api/v1/jobs/" + id + "/events", As.bearer(scientist)).list();
        assertThat(events).extracting(event -> event.get("state")).containsExactly("QUEUED", "ADMITTED", "RUNNING", "SUCCEEDED");
        assertThat(api.get("/api/v1/jobs/" + id + "/progress", As.bearer(scientist)).list()).hasSize(5);
        // the list shows each job's last epoch as the job's own view does
        Map<String, Object> listed = api.get("/api/v1/jobs?state=SUCCEEDED&limit=100", As.bearer(scientist)).items().stream()
                .filter(each -> id.equals(each.get("id"))).findFirst().orElseThrow();
        assertThat(listed.get("progress")).isEqualTo(api.get("/api/v1/jobs/" + id, As.bearer(scientist)).get("progress"));
        assertThat(api.toJson(listed.get("progress"))).contains("\"epoch\":5");
        assertThat(api.get("/api/v1/jobs/" + id + "/logs", As.bearer(scientist)).body()).contains("registered churn-blobs@1");
        assertThat(api.get("/api/v1/audit?action=training-job.submitted", As.bearer(admin)).items()).isNotEmpty();

        // another tenant sees nothing of it
        String other = newTenantAdmin(unique("other"));
        assertThat(api.get("/api/v1/jobs/" + id, As.bearer(other)).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/jobs/" + id + "/cancel", As.bearer(other), "").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + id + "/stream", As.bearer(other)).status()).isEqualTo(404);
    }

    @Test
    void aRunningJobIsCancelledWithinSeconds() throws Exception {
        Api.Response submitted = submit(scientist, """
                {"model":"slow-blobs","dataset":"%s","trainer":"djl-mlp",
                 "hyperparameters":{"epochs":500,"batchSize":8,"hiddenSizes":[64,64]}}""".formatted(datasetId));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.string("id");
        awaitJob(id, job -> job.get("progress") != null, Duration.ofSeconds(60));

        Instant asked = Instant.now();
        Api.Response cancelling = api.post("/api/v1/jobs/" + id + "/cancel", As.bearer(scientist), "");
        assertThat(cancelling.status()).as(cancelling.toString()).isEqualTo(200);
        Api.Response cancelled = awaitJob(id, state("CANCELLED"), Duration.ofSeconds(10));
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(cancelled.get("modelVersion")).isNull();
        assertThat(api.get("/api/v1/models/slow-blobs", As.bearer(scientist)).status()).isEqualTo(404);

        Api.Response again = api.post("/api/v1/jobs/" + id + "/cancel", As.bearer(scientist), "");
        assertThat(again.status()).isEqualTo(409);
        Api.Response retried = api.post("/api/v1/jobs/" + id + "/retry", As.bearer(scientist), "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.string("id")).isNotEqualTo(id);
        assertThat(api.post("/api/v1/jobs/" + retried.string("id") + "/cancel", As.bearer(scientist), "").status()).isEqualTo(200);
        awaitJob(retried.string("id"), state("CANCELLED"), Duration.ofSeconds(30));
    }

    @Test
    void aJobWhoseWorkerDiedIsRetriedNeverLeftRunning() throws Exception {
        String id = UUID.randomUUID().toString();
        // what a killed worker process leaves behind: RUNNING, its lease run out, nobody heartbeating
        try (Connection owner = TestDatabase.connectAsOwner(); PreparedStatement insert = owner.prepareStatement("""
                insert into training_jobs (id, tenant_id, model_name, dataset_id, dataset_sha256, trainer, hyperparameters, gpus,
                    priority, seed, allowed_pools, state, pool, attempt, max_attempts, worker, lease_until, submitted_by,
                    submitted_at, queued_at, admitted_at, started_at)
                select ?::uuid, d.tenant_id, 'revived-blobs', d.id, d.sha256, 'tribuo-logistic-regression', '{"epochs":2}', 0,
                    0, 1, array['eu-west-local'], 'RUNNING', 'eu-west-local', 1, 2, 'killed-worker', now() - interval '1 minute',
                    (select 'user:' || u.id from users u where u.tenant_id = d.tenant_id limit 1),
                    now() - interval '5 minutes', now() - interval '5 minutes', now() - interval '5 minutes', now() - interval '4 minutes'
                from datasets d where d.id = ?::uuid""")) {
            insert.setString(1, id);
            insert.setString(2, datasetId);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        Api.Response job = awaitJob(id, state("SUCCEEDED"), Duration.ofSeconds(30));
        assertThat(job.get("attempt")).isEqualTo(2);
        List<Map<String, Object>> events = api.get("/api/v1/jobs/" + id + "/events", As.bearer(scientist)).list();
        assertThat(events).extracting(event -> event.get("state") + ":" + event.get("reason"))
                .containsSubsequence("QUEUED:worker-lost", "ADMITTED:null", "RUNNING:null", "SUCCEEDED:null");
    }

    @Test
    void badJobsAreRefusedWithTheirFieldsAndNothingIsQueued() {
        long before = api.get("/api/v1/jobs", As.bearer(scientist)).longValue("total");
        Api.Response unknownTrainer = submit(scientist, """
                {"model":"x","dataset":"%s","trainer":"no-such-trainer"}""".formatted(datasetId));
        assertThat(unknownTrainer.status()).isEqualTo(400);
        assertThat(unknownTrainer.body()).contains("\"field\":\"trainer\"");

        Api.Response badHyperparameters = submit(scientist, """
                {"model":"x","dataset":"%s","trainer":"djl-mlp","hyperparameters":{"epochs":-1,"learningRate":"fast","colour":"red"}}"""
                .formatted(datasetId));
        assertThat(badHyperparameters.status()).isEqualTo(400);
        assertThat(badHyperparameters.body()).contains("hyperparameters.epochs", "hyperparameters.learningRate", "hyperparameters.colour");

        Api.Response tooManyGpus = submit(scientist, """
                {"model":"x","dataset":"%s","trainer":"djl-mlp","gpus":64}""".formatted(datasetId));
        assertThat(tooManyGpus.status()).isEqualTo(400);
        assertThat(tooManyGpus.body()).contains("\"field\":\"gpus\"", "the job could never run");

        Api.Response noDataset = submit(scientist, """
                {"model":"x","dataset":"%s","trainer":"djl-mlp"}""".formatted(UUID.randomUUID()));
        assertThat(noDataset.status()).isEqualTo(400);
        assertThat(noDataset.body()).contains("\"field\":\"dataset\"");

        Api.Response missing = submit(scientist, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"model\"", "\"field\":\"trainer\"", "\"field\":\"dataset\"");

        Api.Response german = api.post("/api/v1/jobs", As.bearer(scientist).language("de"), """
                {"model":"x","dataset":"%s","trainer":"djl-mlp","gpus":64}""".formatted(datasetId));
        assertThat(german.body()).contains("mehr GPUs");

        assertThat(api.post("/api/v1/jobs", As.bearer(viewer()), """
                {"model":"x","dataset":"%s","trainer":"djl-mlp"}""".formatted(datasetId)).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/jobs", As.bearer(scientist)).longValue("total")).isEqualTo(before);
    }

    private String viewer;

    private String viewer() {
        if (viewer == null) {
            viewer = userWithRole(slug, admin, "viewer", "VIEWER");
        }
        return viewer;
    }

    @Test
    void poolsAndQuotasAreVisibleAndQuotasAreSetByPlatformAdmins() {
        List<Map<String, Object>> pools = api.get("/api/v1/training-pools", As.bearer(scientist)).list();
        assertThat(pools).extracting(pool -> pool.get("name")).contains("eu-west-local", "cn-north-local");
        assertThat(pools.getFirst()).containsKeys("gpus", "slots", "gpusInUse", "slotsInUse", "executor");

        Api.Response quota = api.get("/api/v1/quota", As.bearer(scientist));
        assertThat(quota.status()).isEqualTo(200);
        assertThat(quota.get("defaults")).isEqualTo(true);

        String tenantId = api.get("/api/v1/tenants/current", As.bearer(admin)).string("id");
        String platform = demoToken("platform-admin");
        assertThat(api.put("/api/v1/tenants/" + tenantId + "/quota", As.bearer(admin),
                "{\"weight\":2,\"maxConcurrentGpus\":4,\"gpuHoursPerMonth\":100}").status()).isEqualTo(403);
        Api.Response invalid = api.put("/api/v1/tenants/" + tenantId + "/quota", As.bearer(platform),
                "{\"weight\":0,\"maxConcurrentGpus\":-1}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("weight", "maxConcurrentGpus", "gpuHoursPerMonth");
        Api.Response set = api.put("/api/v1/tenants/" + tenantId + "/quota", As.bearer(platform),
                "{\"weight\":2,\"maxConcurrentGpus\":4,\"gpuHoursPerMonth\":100}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        Api.Response own = api.get("/api/v1/quota", As.bearer(scientist));
        assertThat(own.get("defaults")).isEqualTo(false);
        assertThat(own.get("maxConcurrentGpus")).isEqualTo(4);
        assertThat(api.put("/api/v1/tenants/" + UUID.randomUUID() + "/quota", As.bearer(platform),
                "{\"weight\":2,\"maxConcurrentGpus\":4,\"gpuHoursPerMonth\":100}").status()).isEqualTo(404);

        List<Map<String, Object>> regions = api.get("/api/v1/regions", As.bearer(scientist)).list();
        assertThat(regions).allSatisfy(region -> assertThat((List<?>) region.get("gpuPools")).hasSize(1));
    }
}
