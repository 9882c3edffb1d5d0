package io.meridian.console;

/** Starts the console: {@code java -jar meridian-console.jar}, configured by {@link ConsoleSettings}. */
public final class ConsoleMain {

    private ConsoleMain() {
    }

    public static void main(String[] args) throws Exception {
        // charts are drawn on the server (JFreeChart); there is no display
        System.setProperty("java.awt.headless", "true");
        ConsoleSettings settings = ConsoleSettings.fromEnvironment();
        ConsoleServer server = ConsoleServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "console-shutdown"));
        System.out.println("Meridian console at http://localhost:" + server.port() + "/ (API: " + settings.apiUrl() + ")");
        server.join();
    }
}
