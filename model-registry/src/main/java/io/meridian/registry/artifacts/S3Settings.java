package io.meridian.registry.artifacts;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.Optional;

/**
 * Where a region's S3-compatible bucket is.
 *
 * @param endpoint      the store's URL for S3-compatible stores (MinIO, Ceph); empty for AWS itself
 * @param signingRegion the region requests are signed for (AWS's own region names; us-east-1 for most others)
 * @param pathStyle     bucket in the path rather than the host name (MinIO and most self-hosted stores)
 * @param accessKey     static credentials; empty for AWS's default chain (environment, profile, instance role)
 */
public record S3Settings(String bucket, String prefix, Optional<URI> endpoint, String signingRegion, boolean pathStyle,
                         Optional<String> accessKey, Optional<String> secretKey) {

    public S3Client client() {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(signingRegion))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
