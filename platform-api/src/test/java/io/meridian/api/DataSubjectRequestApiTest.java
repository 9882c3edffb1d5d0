package io.meridian.api;

import io.meridian.api.subjects.PersonalDataSource;
import io.meridian.api.subjects.PreparedErasure;
import io.meridian.api.subjects.SubjectViews;
import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.TestDatabase;
import io.meridian.compliance.subjects.SubjectMatcher;
import io.meridian.registry.artifacts.Sha256;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data-subject requests over HTTP: an export finds a person's rows in clear and by pseudonym, an
 * erasure rewrites the datasets without them (and audits it without the identifier), roles,
 * tenants and bad input.
 */
@MicronautTest
class DataSubjectRequestApiTest extends ApiTest {

    /** eu-west's default policy pseudonymizes emails and phones and redacts IBANs. */
    private static final String CUSTOMERS = """
            customer,iban,phone,age,plan,churned
            anna.schmidt@example.com,DE89 3704 0044 0532 0130 00,+49 30 901820,34,basic,no
            ben.meyer@example.org,GB82 WEST 1234 5698 7654 32,+44 20 7946 0958,51,pro,yes
            carla@example.net,,+33 1 44 55 66 77,29,basic,no
            dora.weiss@example.com,,+49 89 12345678,41,pro,yes
            "Dora.Weiss@Example.com (second account)",,,42,basic,no
            """;
    /** us-east's policy of this tenant keeps personal data in clear. */
    private static final String CLEAR_POLICY = """
            {"reason":"the CRM export keeps contacts in clear","rules":{
              "storage":{"PUBLIC":["us-east"],"INTERNAL":["us-east"],"PERSONAL":["us-east"],"SENSITIVE_PERSONAL":["us-east"]},
              "processing":{"PUBLIC":["us-east"],"INTERNAL":["us-east"],"PERSONAL":["us-east"],"SENSITIVE_PERSONAL":["us-east"]},
              "transfers":[],"piiTreatment":{},
              "logInferenceInputs":false,"inferenceLogRetentionDays":30,"datasetRetentionDays":365}}""";

    /** A second source whose erasure fails when asked to, after the datasets' rows were switched in the same transaction. */
    @Singleton
    @Requires(property = "test.failing-source", value = "true")
    static final class FailingSource implements PersonalDataSource, Ordered {
        static final AtomicBoolean FAIL = new AtomicBoolean();

        @Override
        public SubjectViews.Findings find(UUID tenantId, SubjectMatcher matcher) {
            return new SubjectViews.Findings(List.of(), List.of());
        }

        @Override
        public PreparedErasure prepareErasure(UUID tenantId, SubjectMatcher matcher) {
            return new PreparedErasure() {
                public List<SubjectViews.ErasedHolding> erased() {
                    return List.of();
                }

                public List<SubjectViews.Unsearchable> unsearchable() {
                    return List.of();
                }

                public void apply(Handle handle) {
                    if (FAIL.getAndSet(false)) {
                        throw new IllegalStateException("inference log store unavailable");
                    }
                }

                public void committed() {
                }

                public void abandoned() {
                }
            };
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("test.failing-source", "true");
        return properties;
    }

    private String slug;
    private String admin;
    private String compliance;
    private String scientist;

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("subjects");
        admin = newTenantAdmin(slug);
        compliance = userWithRole(slug, admin, "compliance", "COMPLIANCE_ADMIN");
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
        Api.Response policy = api.put("/api/v1/policies/us-east", As.bearer(compliance), CLEAR_POLICY);
        assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
    }

    private Api.Response upload(String name, String region, String csv) {
        Api.Response created = api.postMultipart("/api/v1/datasets", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"" + name + "\",\"region\":\"" + region + "\"}"), "file", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private Api.Response request(String token, String kind, String value, String type) {
        return api.post("/api/v1/data-subject-requests", As.bearer(token), api.toJson(Map.of("kind", kind,
                "subject", type == null ? Map.of("value", value) : Map.of("value", value, "type", type), "reason", "ticket DSR-1")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> holding(Api.Response answer, String field, String id) {
        return list(answer.get(field)).stream().filter(holding -> holding.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no holding " + id + " in " + answer));
    }

    private static String stored(Api.Response dataset) throws IOException {
        return Files.readString(Path.of(URI.create(dataset.string("contentUri"))));
    }

    @Test
    void anExportFindsTheSubjectByPseudonymAndInClearAndKeepsOnlyCounts() throws IOException {
        Api.Response pseudonymized = upload("export-eu", "eu-west", CUSTOMERS);
        Api.Response clear = upload("export-us", "us-east", CUSTOMERS);
        assertThat(stored(pseudonymized)).doesNotContain("anna.schmidt");
        assertThat(stored(clear)).contains("anna.schmidt@example.com");

        Api.Response export = request(compliance, "EXPORT", " Anna.Schmidt@EXAMPLE.com ", null);

        assertThat(export.status()).as(export.toString()).isEqualTo(201);
        Map<String, Object> fromEu = holding(export, "holdings", pseudonymized.string("id"));
        assertThat(fromEu).containsEntry("source", "dataset").containsEntry("name", "export-eu").containsEntry("region", "eu-west")
                .containsEntry("columns", List.of("customer", "iban", "phone", "age", "plan", "churned"));
        List<Map<String, Object>> euRecords = list(fromEu.get("records"));
        assertThat(euRecords).hasSize(1);
        assertThat(euRecords.getFirst()).containsEntry("row", 1).containsEntry("matches", List.of(Map.of("column", "customer", "form", "PSEUDONYM")));
        assertThat(list(euRecords.getFirst().get("values")).toString()).contains("<EMAIL:", "[REDACTED]", "34", "basic");
        List<Map<String, Object>> usRecords = list(holding(export, "holdings", clear.string("id")).get("records"));
        assertThat(usRecords).singleElement().satisfies(record -> {
            assertThat(record).containsEntry("values", List.of("anna.schmidt@example.com", "DE89 3704 0044 0532 0130 00", "+49 30 901820",
                    "34", "basic", "no"));
            assertThat(record).containsEntry("matches", List.of(Map.of("column", "customer", "form", "CLEAR")));
        });
        assertThat(export.body()).doesNotContain("ben.meyer", "carla");

        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = (Map<String, Object>) export.get("request");
        assertThat(recorded).containsEntry("kind", "EXPORT").containsEntry("status", "COMPLETED").containsEntry("subjectType", "EMAIL")
                .containsEntry("records", list(export.get("holdings")).stream().mapToInt(holding -> list(holding.get("records")).size()).sum());
        Api.Response byId = api.get("/api/v1/data-subject-requests/" + recorded.get("id"), As.bearer(admin));
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.get("subjectHash")).isEqualTo(recorded.get("subjectHash")).asString().matches("[0-9a-f]{64}");
        assertThat(byId.body()).doesNotContain("anna", "Anna", "<EMAIL:", "basic");
        assertThat(list(byId.get("holdings"))).extracting(count -> count.get("id") + ":" + count.get("records"))
                .contains(pseudonymized.string("id") + ":1", clear.string("id") + ":1");
        // the same person, written otherwise: one hash, so the requests can be correlated
        Api.Response again = request(admin, "EXPORT", "anna.schmidt@example.com", "EMAIL");
        assertThat(((Map<?, ?>) again.get("request")).get("subjectHash")).isEqualTo(recorded.get("subjectHash"));
        assertThat(api.get("/api/v1/data-subject-requests", As.bearer(compliance)).items()).extracting(item -> item.get("id"))
                .contains(recorded.get("id"));

        Api.Response audit = api.get("/api/v1/audit?action=data-subject.exported&subject=data-subject-request:" + recorded.get("id"),
                As.bearer(admin));
        assertThat(audit.items()).hasSize(1);
        assertThat(audit.body()).contains(pseudonymized.string("id")).doesNotContain("anna", "Anna");
    }

    @Test
    void aRedactedKindIsReportedAsUnsearchableAndAPhoneIsFoundHoweverWritten() {
        Api.Response redacted = upload("iban-eu", "eu-west", CUSTOMERS);
        Api.Response clear = upload("iban-us", "us-east", CUSTOMERS);

        Api.Response iban = request(compliance, "EXPORT", "gb82west12345698765432", "IBAN");
        assertThat(iban.status()).as(iban.toString()).isEqualTo(201);
        assertThat(list(holding(iban, "holdings", clear.string("id")).get("records"))).hasSize(1);
        assertThat(list(iban.get("holdings"))).extracting(holding -> holding.get("id")).doesNotContain(redacted.string("id"));
        assertThat(holding(iban, "unsearchable", redacted.string("id"))).containsEntry("reason", "REDACTED");

        Api.Response phone = request(compliance, "EXPORT", "0044 (20) 7946-0958", "PHONE");
        assertThat(list(holding(phone, "holdings", redacted.string("id")).get("records"))).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("matches", List.of(Map.of("column", "phone", "form", "PSEUDONYM"))));
        assertThat(list(holding(phone, "holdings", clear.string("id")).get("records"))).hasSize(1);
    }

    @Test
    void anErasureRewritesEveryDatasetWithoutTheSubjectsRowsAndAuditsItWithoutTheIdentifier() throws IOException {
        Api.Response eu = upload("erase-eu", "eu-west", CUSTOMERS);
        Api.Response us = upload("erase-us", "us-east", CUSTOMERS);
        Api.Response untouched = upload("erase-none", "eu-west", "customer,age\nzoe@example.com,50\n");
        Path oldEuBlob = Path.of(URI.create(eu.string("contentUri")));
        Path oldUsBlob = Path.of(URI.create(us.string("contentUri")));
        Matcher token = Pattern.compile("(<EMAIL:[a-z2-7]{16}>),,<PHONE:[a-z2-7]{16}>,41").matcher(Files.readString(oldEuBlob));
        assertThat(token.find()).isTrue();
        String dorasPseudonym = token.group(1);
        String model = unique("churn");
        assertThat(api.post("/api/v1/models", As.bearer(scientist), "{\"name\":\"" + model + "\",\"task\":\"CLASSIFICATION\"}").status()).isEqualTo(201);
        String metadata = """
                {"format":"TRIBUO","region":"eu-west","dataClass":"PERSONAL",
                 "signature":{"inputs":[{"name":"age","type":"INTEGER"}],"labels":["no","yes"]},
                 "metrics":{"values":{"accuracy":0.9}},"lineage":{"datasetId":"%s","trainer":"tribuo-logistic"}}""".formatted(eu.string("id"));
        Api.Response version = api.postMultipart("/api/v1/models/" + model + "/versions", As.bearer(scientist), Map.of("metadata", metadata),
                "artifact", "model bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(version.status()).as(version.toString()).isEqualTo(201);

        Api.Response erasure = request(compliance, "ERASE", "dora.weiss@example.com", "EMAIL");

        assertThat(erasure.status()).as(erasure.toString()).isEqualTo(201);
        assertThat(holding(erasure, "erased", eu.string("id"))).containsEntry("records", 2).containsEntry("remaining", 3)
                .containsEntry("previousSha256", eu.string("sha256"));
        assertThat(holding(erasure, "erased", us.string("id"))).containsEntry("records", 2).containsEntry("remaining", 3);
        assertThat(list(erasure.get("erased"))).extracting(holding -> holding.get("id")).doesNotContain(untouched.string("id"));
        assertThat(list(erasure.get("affectedModelVersions"))).containsExactly(Map.of("model", model, "version", 1, "datasetId", eu.string("id")));
        assertThat(erasure.body()).doesNotContain("dora", "Dora", dorasPseudonym);

        Api.Response euAfter = api.get("/api/v1/datasets/" + eu.string("id"), As.bearer(scientist));
        assertThat(euAfter.get("sha256")).isNotEqualTo(eu.get("sha256")).isEqualTo(holding(erasure, "erased", eu.string("id")).get("sha256"));
        assertThat(euAfter.get("rows")).isEqualTo(3);
        assertThat(euAfter.get("uploadSha256")).isEqualTo(eu.get("uploadSha256"));
        byte[] euBytes = Files.readAllBytes(Path.of(URI.create(euAfter.string("contentUri"))));
        assertThat(Sha256.of(euBytes)).isEqualTo(euAfter.get("sha256"));
        assertThat(euAfter.longValue("size")).isEqualTo(euBytes.length);
        String euContent = new String(euBytes, StandardCharsets.UTF_8);
        assertThat(euContent).doesNotContain(dorasPseudonym, ",41,", ",42,").contains(",34,basic,no", ",51,pro,yes", ",29,basic,no")
                .startsWith("customer,iban,phone,age,plan,churned");
        Api.Response usAfter = api.get("/api/v1/datasets/" + us.string("id"), As.bearer(scientist));
        assertThat(stored(usAfter)).doesNotContainIgnoringCase("dora").contains("anna.schmidt@example.com", "ben.meyer@example.org");
        assertThat(oldEuBlob).doesNotExist();
        assertThat(oldUsBlob).doesNotExist();
        assertThat(Path.of(URI.create(untouched.string("contentUri")))).exists();
        assertThat(api.get("/api/v1/datasets/" + untouched.string("id"), As.bearer(scientist)).get("sha256")).isEqualTo(untouched.get("sha256"));
        java.net.http.HttpResponse<byte[]> download = api.getBytes("/api/v1/datasets/" + eu.string("id") + "/content?to=eu-west", As.bearer(scientist));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(euBytes);

        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) erasure.get("request")).get("id");
        Api.Response audit = api.get("/api/v1/audit?action=data-subject.erased&subject=data-subject-request:" + id, As.bearer(admin));
        assertThat(audit.items()).hasSize(1);
        assertThat(audit.body()).contains(eu.string("id"), us.string("id"), eu.string("sha256"));
        Api.Response wholeLog = api.get("/api/v1/audit?limit=500", As.bearer(admin));
        assertThat(wholeLog.body()).doesNotContainIgnoringCase("dora").doesNotContain(dorasPseudonym);
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);

        Api.Response afterwards = request(compliance, "EXPORT", "dora.weiss@example.com", "EMAIL");
        assertThat(list(afterwards.get("holdings"))).extracting(holding -> holding.get("id")).doesNotContain(eu.string("id"), us.string("id"));
        Api.Response nothingLeft = request(compliance, "ERASE", "dora.weiss@example.com", "EMAIL");
        assertThat(list(nothingLeft.get("erased"))).extracting(holding -> holding.get("id")).doesNotContain(eu.string("id"), us.string("id"));
        assertThat(api.get("/api/v1/datasets/" + eu.string("id"), As.bearer(scientist)).get("sha256")).isEqualTo(euAfter.get("sha256"));
    }

    @Test
    void aFailedErasureLeavesEveryDatasetAsItWasAndIsRecordedAsFailed() throws IOException {
        Api.Response eu = upload("failing-eu", "eu-west", CUSTOMERS.replace("carla@example.net", "erin@example.net"));
        Path blob = Path.of(URI.create(eu.string("contentUri")));
        Path store = blob.getParent();
        while (!store.getFileName().toString().equals("datasets")) {
            store = store.getParent();
        }
        List<Path> blobsBefore = blobs(store);

        FailingSource.FAIL.set(true);
        Api.Response failed = request(compliance, "ERASE", "erin@example.net", null);

        assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
        assertThat(api.get("/api/v1/datasets/" + eu.string("id"), As.bearer(scientist)).get("sha256")).isEqualTo(eu.get("sha256"));
        assertThat(blob).exists();
        assertThat(blobs(store)).isEqualTo(blobsBefore);
        Api.Response recorded = api.get("/api/v1/audit?action=data-subject.erase-failed", As.bearer(admin));
        assertThat(recorded.items()).isNotEmpty();
        assertThat(recorded.body()).contains("internal-error").doesNotContain("erin");
        assertThat(api.get("/api/v1/data-subject-requests?limit=500", As.bearer(admin)).items())
                .anySatisfy(request -> assertThat(request).containsEntry("status", "FAILED").containsEntry("kind", "ERASE")
                        .containsEntry("records", 0));
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);

        Api.Response retried = request(compliance, "ERASE", "erin@example.net", null);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(holding(retried, "erased", eu.string("id"))).containsEntry("records", 1);
        assertThat(blob).doesNotExist();
    }

    @Test
    void theApplicationMayChangeADatasetsContentColumnsAndNothingElseOfIt() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp(); Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            statement.execute("update datasets set sha256 = sha256, size = size, rows = rows, content_uri = content_uri where false");
            assertThatThrownBy(() -> statement.execute("update datasets set upload_sha256 = upload_sha256 where false"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            assertThatThrownBy(() -> statement.execute("update data_subject_requests set status = 'COMPLETED' where false"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    private static List<Path> blobs(Path store) throws IOException {
        try (var files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void onlyComplianceAndTenantAdminsMayAskAndAnotherTenantsRequestIsNotFound() {
        Api.Response asScientist = request(scientist, "EXPORT", "anna.schmidt@example.com", null);
        assertThat(asScientist.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/data-subject-requests", As.bearer(scientist)).status()).isEqualTo(403);
        String viewer = userWithRole(slug, admin, "viewer", "VIEWER");
        assertThat(request(viewer, "ERASE", "anna.schmidt@example.com", null).status()).isEqualTo(403);

        Api.Response own = request(admin, "EXPORT", "carla@example.net", null);
        assertThat(own.status()).isEqualTo(201);
        String id = (String) ((Map<?, ?>) own.get("request")).get("id");
        String intruder = newTenantAdmin(unique("intruder"));
        assertThat(api.get("/api/v1/data-subject-requests/" + id, As.bearer(intruder)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/data-subject-requests", As.bearer(intruder)).body()).doesNotContain(id);
        // the other tenant's export sees none of this tenant's datasets
        Api.Response theirs = request(intruder, "EXPORT", "carla@example.net", null);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(list(theirs.get("holdings"))).isEmpty();
        assertThat(api.get("/api/v1/data-subject-requests/" + java.util.UUID.randomUUID(), As.bearer(admin)).status()).isEqualTo(404);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsRecorded() {
        long before = api.get("/api/v1/data-subject-requests", As.bearer(admin)).longValue("total");

        Api.Response unknown = api.post("/api/v1/data-subject-requests", As.bearer(admin),
                "{\"kind\":\"DELETE\",\"subject\":{\"value\":\"a@example.com\",\"type\":\"SHOE_SIZE\"},\"reason\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemCode()).isEqualTo("invalid-input");
        assertThat(unknown.body()).contains("\"field\":\"kind\"", "\"field\":\"subject.type\"", "EXPORT, ERASE");
        Api.Response blank = api.post("/api/v1/data-subject-requests", As.bearer(admin),
                "{\"kind\":\"EXPORT\",\"subject\":{\"value\":\"  \"},\"reason\":\" \"}");
        assertThat(blank.body()).contains("\"field\":\"subject.value\"", "\"field\":\"reason\"");
        Api.Response invalidIban = request(admin, "ERASE", "DE89 3704 0044 0532 0130 01", "IBAN");
        assertThat(invalidIban.status()).isEqualTo(400);
        assertThat(invalidIban.body()).contains("\"field\":\"subject.value\"", "is not a valid IBAN");
        Api.Response german = api.send("POST", "/api/v1/data-subject-requests", As.bearer(admin).language("de"),
                "{\"kind\":\"ERASE\",\"subject\":{\"value\":\"DE89 3704 0044 0532 0130 01\",\"type\":\"IBAN\"},\"reason\":\"x\"}");
        assertThat(german.body()).contains("ist kein gültiger Wert vom Typ IBAN");
        Api.Response unrecognized = request(admin, "EXPORT", "Anna Schmidt", null);
        assertThat(unrecognized.status()).isEqualTo(400);
        assertThat(unrecognized.body()).contains("\"field\":\"subject.value\"", "name its type");
        Api.Response namesTheSubject = api.post("/api/v1/data-subject-requests", As.bearer(admin),
                "{\"kind\":\"ERASE\",\"subject\":{\"value\":\"anna.schmidt@example.com\"},\"reason\":\"asked by Anna.Schmidt@example.com\"}");
        assertThat(namesTheSubject.status()).isEqualTo(400);
        assertThat(namesTheSubject.body()).contains("\"field\":\"reason\"");
        assertThat(api.post("/api/v1/data-subject-requests", As.bearer(admin), "{\"kind\":\"EXPORT\",\"reason\":\"x\"}").body())
                .contains("\"field\":\"subject\"");
        assertThat(api.post("/api/v1/data-subject-requests", As.bearer(admin),
                "{\"kind\":\"EXPORT\",\"subject\":{\"value\":\"a@example.com\"},\"reason\":\"x\",\"urgent\":true}").problemCode())
                .isEqualTo("unknown-field");

        assertThat(api.get("/api/v1/data-subject-requests", As.bearer(admin)).longValue("total")).isEqualTo(before);
    }
}
