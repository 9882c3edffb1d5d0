import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The images' HEALTHCHECK: GET an http:// URL (exit 0 on 2xx/3xx), or connect to a tcp://host:port (exit 0 when
 * it accepts), 1 otherwise. Compiled into the image so that the runtime stage needs neither curl nor wget (the
 * JRE image is not promised to carry them).
 */
public final class HealthCheck {

    private HealthCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthCheck <url>");
            System.exit(2);
        }
        URI target = URI.create(args[0]);
        if ("tcp".equals(target.getScheme())) {
            // The console: an HTTP GET of a Vaadin page would open a UI session on every check.
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 2000);
                System.exit(0);
            } catch (Exception e) {
                System.err.println(args[0] + ": " + e);
                System.exit(1);
            }
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(4)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 400) {
                System.exit(0);
            }
            System.err.println(args[0] + " answered " + status);
        } catch (Exception e) {
            System.err.println(args[0] + ": " + e);
        }
        System.exit(1);
    }
}
