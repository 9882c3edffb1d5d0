package io.meridian.api;

import io.meridian.api.database.DatabaseBootstrap;
import io.meridian.api.database.DatabaseSettings;
import io.meridian.api.security.GeneratedSecret;
import io.meridian.api.jobs.TrainingWorker;
import io.meridian.api.security.JwtSecret;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@OpenAPIDefinition(
        info = @Info(title = "Meridian API", version = "0.1",
                description = "Multi-tenant AI platform: tenants, users, API keys, compliance policies and audit, datasets, training jobs, the model registry; inference to come."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKey")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key")
public final class Application {

    private Application() {
    }

    /** {@code train-worker --job=<uuid> --attempt=<n>}: one attempt in a Kubernetes pod; anything else: the API server. */
    public static void main(String[] args) {
        if (args.length > 0 && TrainingWorker.COMMAND.equals(args[0])) {
            System.exit(TrainingWorkerProcess.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        serve(args);
    }

    private static void serve(String[] args) {
        long started = System.nanoTime();
        DatabaseBootstrap database = DatabaseBootstrap.start(DatabaseSettings.fromEnvironment());
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(properties(database))
                .start();
        // Micronaut's own hook stops the server and then the context; stopping through the server
        // too takes the locks in the same order (no deadlock) and returns once both are down, so
        // PostgreSQL goes last, after the connection pool.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.findBean(EmbeddedServer.class).ifPresent(EmbeddedServer::stop);
            if (context.isRunning()) {
                context.stop();
            }
            database.close();
        }, "meridian-shutdown"));
        int port = context.getProperty("micronaut.server.port", Integer.class, 8080);
        System.out.printf("%nMeridian API ready in %d ms at http://localhost:%d (OpenAPI UI: /swagger-ui, health: /health)%n",
                (System.nanoTime() - started) / 1_000_000, port);
    }

    /** What Micronaut cannot know by itself: the pool of the application role and the token key. */
    public static Map<String, Object> properties(DatabaseBootstrap database) {
        Map<String, Object> properties = new HashMap<>(database.micronautProperties());
        properties.put("meridian.jwt.secret", JwtSecret.resolve(configured("meridian.jwt.secret", "MERIDIAN_JWT_SECRET"),
                database.settings().dataDirectory()));
        // the key of every tenant's pseudonyms: it must outlive restarts, or pseudonyms would change
        properties.put("meridian.pseudonym.secret", GeneratedSecret.resolve(
                configured("meridian.pseudonym.secret", "MERIDIAN_PSEUDONYM_SECRET"), "MERIDIAN_PSEUDONYM_SECRET",
                database.settings().dataDirectory().resolve("pseudonym-secret")));
        properties.put("meridian.data-dir", database.settings().dataDirectory().toString());
        return properties;
    }

    private static Optional<String> configured(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)));
    }
}
