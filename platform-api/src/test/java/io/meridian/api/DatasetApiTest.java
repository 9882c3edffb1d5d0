package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.retention.RetentionJob;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.TestDatabase;
import io.meridian.registry.artifacts.Sha256;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dataset uploads over HTTP: schema, PII report, the region's policy (refuse or treat), bad input, tenants. */
@MicronautTest
class DatasetApiTest extends ApiTest {

    private static final String CUSTOMERS = """
            customer,iban,phone,age,monthly_spend,plan,churned
            anna.schmidt@example.com,DE89 3704 0044 0532 0130 00,+49 30 901820,34,19.90,basic,no
            ben.meyer@example.org,GB82 WEST 1234 5698 7654 32,+44 20 7946 0958,51,42.00,pro,yes
            carla@example.net,,+33 1 44 55 66 77,29,7.50,basic,no
            """;

    @Inject
    RetentionJob retention;

    private String slug;
    private String admin;
    private String scientist;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("meridian.datasets.max-size", "8KB");
        return properties;
    }

    @BeforeAll
    void tenant() {
        api = new Api(server.getURL(), json);
        slug = unique("datasets");
        admin = newTenantAdmin(slug);
        scientist = userWithRole(slug, admin, "scientist", "DATA_SCIENTIST");
    }

    private Api.Response upload(String token, String metadata, String csv) {
        return upload(token, metadata, csv.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response upload(String token, String metadata, byte[] csv) {
        return api.postMultipart("/api/v1/datasets", As.bearer(token), Map.of("metadata", metadata), "file", csv);
    }

    @Test
    void anUploadIsProfiledScannedAndTreatedAsThePolicySays() throws IOException {
        Api.Response created = upload(scientist, "{\"name\":\"customers\",\"region\":\"eu-west\"}", CUSTOMERS);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.get("rows")).isEqualTo(3);
        assertThat(created.get("labelColumn")).isEqualTo("churned");
        assertThat(created.get("dataClass")).isEqualTo("PERSONAL");
        assertThat(created.get("uploadSha256")).isEqualTo(Sha256.of(CUSTOMERS.getBytes(StandardCharsets.UTF_8)));
        assertThat(created.get("sha256")).isNotEqualTo(created.get("uploadSha256"));
        assertThat(created.get("treatedValues")).isEqualTo(8);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) created.get("columns");
        assertThat(columns).extracting(column -> column.get("name") + ":" + column.get("type")).containsExactly(
                "customer:TEXT", "iban:TEXT", "phone:TEXT", "age:INTEGER", "monthly_spend:FLOAT", "plan:CATEGORY", "churned:CATEGORY");
        assertThat(columns.get(0)).containsEntry("pii", Map.of("EMAIL", 3)).containsEntry("treatment", Map.of("EMAIL", "PSEUDONYMIZE"));
        assertThat(columns.get(1)).containsEntry("pii", Map.of("IBAN", 2)).containsEntry("treatment", Map.of("IBAN", "REDACT")).containsEntry("missing", 1);
        assertThat(columns.get(6)).containsEntry("label", true);

        String stored = Files.readString(Path.of(URI.create(created.string("contentUri"))));
        assertThat(stored).startsWith("customer,iban,phone,age,monthly_spend,plan,churned")
                .doesNotContain("anna.schmidt@example.com", "DE89 3704", "+49 30 901820")
                .contains("<EMAIL:", "[REDACTED]", ",34,19.90,basic,no");
        assertThat(Sha256.of(Files.readAllBytes(Path.of(URI.create(created.string("contentUri")))))).isEqualTo(created.get("sha256"));

        assertThat(api.get("/api/v1/datasets/" + created.string("id"), As.bearer(scientist)).get("name")).isEqualTo("customers");
        assertThat(api.get("/api/v1/datasets", As.bearer(scientist)).items()).extracting(item -> item.get("name")).contains("customers");
        Api.Response audit = api.get("/api/v1/audit?action=dataset.created&subject=dataset:customers", As.bearer(admin));
        assertThat(audit.items()).hasSize(1);
        assertThat(api.get("/api/v1/audit?action=policy.decision&subject=dataset:customers", As.bearer(admin)).body()).contains("ALLOW");

        java.net.http.HttpResponse<byte[]> content = api.getBytes("/api/v1/datasets/" + created.string("id") + "/content?to=eu-central", As.bearer(scientist));
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(Sha256.of(content.body())).isEqualTo(created.get("sha256"));
        assertThat(new String(content.body(), StandardCharsets.UTF_8)).doesNotContain("anna.schmidt@example.com");
        // EU personal data is not released to a requester in the US
        java.net.http.HttpResponse<byte[]> abroad = api.getBytes("/api/v1/datasets/" + created.string("id") + "/content?to=us-east",
                As.bearer(scientist));
        assertThat(abroad.statusCode()).isEqualTo(403);

        Api.Response duplicate = upload(scientist, "{\"name\":\"customers\",\"region\":\"eu-west\"}", CUSTOMERS);
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void personalDataGoesNowhereThePolicyForbids() {
        Api.Response abroad = upload(scientist, "{\"name\":\"customers-us\",\"region\":\"us-east\",\"sourceRegion\":\"eu-west\"}", CUSTOMERS);
        assertThat(abroad.status()).as(abroad.toString()).isEqualTo(403);
        assertThat(abroad.problemCode()).isEqualTo("policy-denied");
        assertThat(api.get("/api/v1/audit?action=policy.decision&subject=dataset:customers-us", As.bearer(admin)).body()).contains("DENY");

        String compliance = userWithRole(slug, admin, "compliance", "COMPLIANCE_ADMIN");
        String blockIban = """
                {"reason":"no account numbers in training data","rules":{
                  "storage":{"PUBLIC":["eu-west","eu-central"],"INTERNAL":["eu-west","eu-central"],"PERSONAL":["eu-west","eu-central"],"SENSITIVE_PERSONAL":["eu-central"]},
                  "processing":{"PUBLIC":["eu-west","eu-central"],"INTERNAL":["eu-west","eu-central"],"PERSONAL":["eu-west","eu-central"],"SENSITIVE_PERSONAL":["eu-central"]},
                  "transfers":[],"piiTreatment":{"EMAIL":"PSEUDONYMIZE","IBAN":"BLOCK"},
                  "logInferenceInputs":false,"inferenceLogRetentionDays":30,"datasetRetentionDays":365}}""";
        assertThat(api.put("/api/v1/policies/eu-central", As.bearer(compliance), blockIban).status()).isEqualTo(201);
        Api.Response blocked = upload(scientist, "{\"name\":\"customers-fra\",\"region\":\"eu-central\"}", CUSTOMERS);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body()).contains("IBAN");
        assertThat(upload(scientist, "{\"name\":\"no-iban\",\"region\":\"eu-central\"}", "customer,churned\nx@example.com,no\n").status())
                .isEqualTo(201);

        assertThat(api.get("/api/v1/datasets", As.bearer(scientist)).body()).doesNotContain("customers-us", "customers-fra");
    }

    @Test
    void badFilesAndMetadataAreNamedAndNothingIsStored() {
        Api.Response ragged = upload(scientist, "{\"name\":\"ragged\",\"region\":\"eu-west\"}", "a,b\n1,2\n3\n");
        assertThat(ragged.status()).isEqualTo(400);
        assertThat(ragged.body()).contains("\"field\":\"file\"", "has 1 fields in row 3, but its header has 2");
        Api.Response german = api.postMultipart("/api/v1/datasets", As.bearer(scientist).language("de"),
                Map.of("metadata", "{\"name\":\"ragged\",\"region\":\"eu-west\"}"), "file", "a,b\n1,2\n3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(german.body()).contains("hat in Zeile 3 1 Felder");
        assertThat(upload(scientist, "{\"name\":\"empty\",\"region\":\"eu-west\"}", "").body()).contains("is empty");
        assertThat(upload(scientist, "{\"name\":\"label\",\"region\":\"eu-west\",\"labelColumn\":\"nope\"}", "a,b\n1,2\n").body())
                .contains("has no column 'nope'");
        assertThat(upload(scientist, "{\"name\":\"latin1\",\"region\":\"eu-west\"}", new byte[]{'a', '\n', (byte) 0xE9, '\n'}).body())
                .contains("is not UTF-8 text");
        Api.Response metadata = upload(scientist, "{\"name\":\"Bad Name\",\"region\":\"atlantis\",\"dataClass\":\"SECRET\"}", "a\n1\n");
        assertThat(metadata.body()).contains("\"field\":\"name\"", "\"field\":\"region\"", "\"field\":\"dataClass\"");
        assertThat(upload(scientist, "{\"name\":\"x\",\"region\":\"eu-west\",\"colour\":\"red\"}", "a\n1\n").problemCode()).isEqualTo("unknown-field");
        Api.Response tooLarge = upload(scientist, "{\"name\":\"big\",\"region\":\"eu-west\"}", "a\n" + "1\n".repeat(5000));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(upload(admin, "{\"name\":\"viewer-only\",\"region\":\"eu-west\"}", "a\n1\n").status()).isEqualTo(201);

        assertThat(api.get("/api/v1/datasets?limit=500", As.bearer(scientist)).body()).doesNotContain("\"ragged\"", "\"empty\"", "\"big\"");
    }

    @Test
    void retentionDeletesWhatOutlivedItsRegionsPolicyWithItsBytesAndSaysSo() throws Exception {
        String csv = "a,b\n1,2\n3,4\n";
        Api.Response old = upload(scientist, "{\"name\":\"expired\",\"region\":\"eu-west\"}", csv);
        Api.Response sameBytes = upload(scientist, "{\"name\":\"same-bytes\",\"region\":\"eu-west\"}", csv);
        Api.Response otherBytes = upload(scientist, "{\"name\":\"other-bytes\",\"region\":\"eu-west\"}", "a,b\n5,6\n");
        Path blob = Path.of(URI.create(old.string("contentUri")));
        Path otherBlob = Path.of(URI.create(otherBytes.string("contentUri")));
        assertThat(blob.toString()).contains("/tenants/");
        // eu-west's default keeps datasets 365 days: two of them are older than that
        try (Connection owner = TestDatabase.connectAsOwner(); PreparedStatement age = owner.prepareStatement(
                "update datasets set created_at = now() - interval '400 days' where id = any(?)")) {
            age.setArray(1, owner.createArrayOf("uuid", new Object[]{UUID.fromString(old.string("id")), UUID.fromString(otherBytes.string("id"))}));
            assertThat(age.executeUpdate()).isEqualTo(2);
        }

        assertThat(retention.run().get("datasets")).isGreaterThanOrEqualTo(2);

        assertThat(api.get("/api/v1/datasets/" + old.string("id"), As.bearer(scientist)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasets/" + otherBytes.string("id"), As.bearer(scientist)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasets/" + sameBytes.string("id"), As.bearer(scientist)).status()).isEqualTo(200);
        assertThat(otherBlob).doesNotExist();
        assertThat(blob).exists();
        Api.Response audit = api.get("/api/v1/audit?action=dataset.deleted&actor=system:retention", As.bearer(admin));
        assertThat(audit.items()).hasSize(2);
        assertThat(audit.body()).contains("dataset:expired", "dataset:other-bytes", "retentionDays\\\":365");
        assertThat(api.get("/api/v1/audit/verify", As.bearer(admin)).get("intact")).isEqualTo(true);
        assertThat(retention.run().get("datasets")).isZero();
    }

    @Test
    void anotherTenantsDatasetIsNotFound() {
        String id = upload(scientist, "{\"name\":\"private\",\"region\":\"eu-west\"}", "a,b\n1,2\n").string("id");
        String intruder = newTenantAdmin(unique("intruder"));
        assertThat(api.get("/api/v1/datasets/" + id, As.bearer(intruder)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasets", As.bearer(intruder)).body()).doesNotContain(id);
        String viewer = userWithRole(slug, admin, "viewer", "VIEWER");
        assertThat(upload(viewer, "{\"name\":\"nope\",\"region\":\"eu-west\"}", "a\n1\n").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/datasets/" + id, As.bearer(viewer)).status()).isEqualTo(200);
    }

    /** A small IDX pair: images of rows × cols unsigned bytes and one label byte each, gzip-compressed. */
    static byte[][] idx(int images, int rows, int cols, int labelsCount) throws IOException {
        java.io.ByteArrayOutputStream pixels = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(pixels);
        out.writeInt(0x00000803);
        out.writeInt(images);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < images * rows * cols; i++) {
            out.writeByte(i % 251);
        }
        java.io.ByteArrayOutputStream labels = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream labelOut = new java.io.DataOutputStream(labels);
        labelOut.writeInt(0x00000801);
        labelOut.writeInt(labelsCount);
        for (int i = 0; i < labelsCount; i++) {
            labelOut.writeByte(i % 3);
        }
        return new byte[][]{gzip(pixels.toByteArray()), labels.toByteArray()};
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(bytes);
        }
        return zipped.toByteArray();
    }

    @Test
    void anIdxImageDatasetIsCheckedAndStoredUncompressed() throws IOException {
        byte[][] pair = idx(30, 4, 4, 30);
        Api.Response created = api.postMultipart("/api/v1/datasets/idx", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"tiny-images\",\"region\":\"eu-west\"}"), Map.of("images", pair[0], "labels", pair[1]));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.get("format")).isEqualTo("IDX");
        assertThat(created.get("rows")).isEqualTo(30);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) created.get("columns");
        assertThat(columns).extracting(column -> column.get("name") + ":" + column.get("type"))
                .containsExactly("pixels:IMAGE_4X4", "label:CATEGORY");
        assertThat(columns.get(1)).containsEntry("distinct", 3);
        byte[] stored = Files.readAllBytes(Path.of(URI.create(created.string("contentUri"))));
        assertThat(stored).hasSize(16 + 30 * 16);
        assertThat(Sha256.of(stored)).isEqualTo(created.get("sha256"));
        java.net.http.HttpResponse<byte[]> labels = api.getBytes("/api/v1/datasets/" + created.string("id") + "/content?part=labels",
                As.bearer(scientist));
        assertThat(labels.statusCode()).isEqualTo(200);
        assertThat(labels.body()).hasSize(8 + 30);

        byte[][] mismatched = idx(30, 4, 4, 29);
        Api.Response refused = api.postMultipart("/api/v1/datasets/idx", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"mismatched\",\"region\":\"eu-west\"}"), Map.of("images", mismatched[0], "labels", mismatched[1]));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        Api.Response notIdx = api.postMultipart("/api/v1/datasets/idx", As.bearer(scientist),
                Map.of("metadata", "{\"name\":\"not-idx\",\"region\":\"eu-west\"}"),
                Map.of("images", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "labels", pair[1]));
        assertThat(notIdx.status()).as(notIdx.toString()).isEqualTo(400);
        assertThat(notIdx.body()).contains("\"field\":\"images\"");
        assertThat(api.get("/api/v1/datasets", As.bearer(scientist)).body()).doesNotContain("mismatched", "not-idx");
    }
}
