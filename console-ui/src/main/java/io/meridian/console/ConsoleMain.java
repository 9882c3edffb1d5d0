package io.meridian.console;

/** Starts the console: {@code java -jar meridian-console.jar}, configured by {@link ConsoleSettings}. */
public final class ConsoleMain {

    private ConsoleMain() {
    }

    public static void main(String[] args) throws Exception {
        ConsoleSettings settings = ConsoleSettings.fromEnvironment();
        ConsoleServer server = ConsoleServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "console-shutdown"));
        System.out.println("Meridian console at http://localhost:" + server.port() + "/ (API: " + settings.apiUrl() + ")");
        server.join();
    }
}
