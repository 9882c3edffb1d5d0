package io.meridian.console;

import java.net.URI;
import java.util.function.Function;

/**
 * How the console runs: its HTTP port and the base URL of the platform API it talks to.
 * Read from environment variables (or system properties of the same meaning), as the Dockerfile and the tests set them.
 */
public record ConsoleSettings(int port, URI apiUrl) {

    public static final String PORT_VARIABLE = "MERIDIAN_CONSOLE_PORT";
    public static final String API_URL_VARIABLE = "MERIDIAN_API_URL";
    static final int DEFAULT_PORT = 8081;
    static final String DEFAULT_API_URL = "http://localhost:8080";

    public ConsoleSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number, not " + port);
        }
        String path = apiUrl.getPath();
        if (path != null && path.endsWith("/")) {
            apiUrl = URI.create(apiUrl.toString().substring(0, apiUrl.toString().length() - 1));
        }
    }

    public static ConsoleSettings fromEnvironment() {
        return from(name -> {
            String value = System.getenv(name);
            return value != null && !value.isBlank() ? value : System.getProperty(name);
        });
    }

    static ConsoleSettings from(Function<String, String> variables) {
        String port = variables.apply(PORT_VARIABLE);
        String apiUrl = variables.apply(API_URL_VARIABLE);
        return new ConsoleSettings(port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()),
                URI.create(apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.trim()));
    }
}
