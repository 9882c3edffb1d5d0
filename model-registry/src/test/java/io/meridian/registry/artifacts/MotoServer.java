package io.meridian.registry.artifacts;

import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;

/**
 * A real S3 API for the tests: moto's server (pip package {@code moto[server]}) on a free port.
 * Where moto_server is not installed, the calling test is skipped and says why.
 */
public final class MotoServer implements AutoCloseable {

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static MotoServer start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process;
        try {
            process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            Assumptions.abort("moto_server is not installed (pip install 'moto[server]'): " + notInstalled.getMessage());
            throw notInstalled;
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroy();
                Assumptions.abort("moto_server did not start");
            }
            Thread.sleep(100);
        }
        return new MotoServer(process, URI.create("http://127.0.0.1:" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Settings for a bucket on this server (created here), signed for eu-west-1 with test credentials. */
    public S3Settings bucket(String bucket, String prefix) {
        S3Settings settings = new S3Settings(bucket, prefix, Optional.of(endpoint), "eu-west-1", true,
                Optional.of("test-key"), Optional.of("test-secret"));
        try (S3Client s3 = settings.client()) {
            s3.createBucket(request -> request.bucket(bucket)
                    .createBucketConfiguration(configuration -> configuration.locationConstraint("eu-west-1")));
        }
        return settings;
    }

    @Override
    public void close() {
        process.destroy();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
