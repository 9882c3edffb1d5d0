package io.meridian.console;

import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The console's embedded Jetty (EE11, Servlet 6.1). Vaadin's servlet and its initializers are found by
 * Jetty's annotation scanning of the classpath, so no web.xml is needed.
 */
public final class ConsoleServer {

    /** The servlet context attribute under which views find the {@link ConsoleSettings}. */
    public static final String SETTINGS_ATTRIBUTE = ConsoleSettings.class.getName();

    private final Server server;

    private ConsoleServer(Server server) {
        this.server = server;
    }

    public static ConsoleServer start(ConsoleSettings settings) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.port());
        server.addConnector(connector);

        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(server).newClassLoaderResource("META-INF/resources/"));
        // scan our classes and every jar (Vaadin's initializers live in its jars; in the packaged jar all is one jar)
        context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", ".*\\.jar|.*/classes/.*");
        context.setConfigurationDiscovered(true);
        // the app shares the launcher's classes, so the settings object below is the one the views see
        context.setParentLoaderPriority(true);
        // Vaadin's initializers register listener types that plain Servlet initializers may not
        context.getContext().getServletContext().setExtendedListenerTypes(true);
        context.setAttribute(SETTINGS_ATTRIBUTE, settings);
        context.setInitParameter("i18n.provider", "io.meridian.console.i18n.ConsoleI18NProvider");
        server.setHandler(context);
        server.start();
        return new ConsoleServer(server);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the console's server", e);
        }
    }
}
