package io.meridian.api;

import io.meridian.api.support.Api;
import io.meridian.api.support.Api.As;
import io.meridian.api.support.ApiTest;
import io.meridian.api.support.Registry;
import io.meridian.registry.artifacts.MotoServer;
import io.meridian.registry.artifacts.S3Settings;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A region whose artifact store is an S3-compatible bucket, configured as an operator would, end to end. */
@MicronautTest
class S3ArtifactRegionTest extends ApiTest {

    private MotoServer moto;
    private S3Settings bucket;

    @Override
    public Map<String, String> getProperties() {
        try {
            moto = MotoServer.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        bucket = moto.bucket("meridian-eu-central", "registry");
        Map<String, String> properties = new HashMap<>(super.getProperties());
        String prefix = "meridian.artifacts.regions.eu-central.s3.";
        properties.put(prefix + "bucket", bucket.bucket());
        properties.put(prefix + "prefix", "registry");
        properties.put(prefix + "endpoint", moto.endpoint().toString());
        properties.put(prefix + "signing-region", "eu-west-1");
        properties.put(prefix + "path-style", "true");
        properties.put(prefix + "access-key", "test-key");
        properties.put(prefix + "secret-key", "test-secret");
        return properties;
    }

    @AfterAll
    void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void aVersionInThatRegionLivesInTheBucket() {
        String admin = newTenantAdmin(unique("s3"));
        Registry registry = new Registry(api);
        registry.createModel(admin, "bucketed", "");
        byte[] bytes = Registry.artifact("stored in a bucket");

        Api.Response created = registry.upload(admin, "bucketed", Registry.metadata("eu-central", "INTERNAL", 0.9, "[]", "3"), bytes);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String sha = Registry.sha256(bytes);
        assertThat(created.body()).contains("\"uri\":\"s3://meridian-eu-central/registry/sha256/" + sha.substring(0, 2) + "/"
                + sha.substring(2, 4) + "/" + sha + "\"");
        try (S3Client s3 = bucket.client()) {
            assertThat(s3.listObjectsV2(request -> request.bucket(bucket.bucket())).contents())
                    .extracting(S3Object::key).contains("registry/sha256/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha);
        }
        assertThat(api.getBytes("/api/v1/models/bucketed/versions/1/artifact", As.bearer(admin)).body()).isEqualTo(bytes);
        assertThat(api.get("/api/v1/regions", As.bearer(admin)).body())
                .contains("\"code\":\"eu-central\",\"displayName\"", "\"artifactStore\":\"s3://meridian-eu-central/registry/\"")
                .containsPattern("\"code\":\"eu-west\"[^}]*\"artifactStore\":\"file:/[^\"]*/artifacts/eu-west/\"");
    }
}
