package io.meridian.api.models;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

/**
 * Hears of every alias move in the database, whichever replica, worker or script made it (the
 * trigger of migration V11 notifies {@code meridian_alias_changes}), so that this replica can keep
 * where aliases point in memory instead of asking PostgreSQL on every {@code model@alias}. It holds
 * one connection of its own, outside the pool; when that breaks it says so ({@link AliasChanges#hearing})
 * and connects again, and until then cached pointers are trusted only for a short time.
 */
@Singleton
@Requires(property = "meridian.registry.alias-notifications", notEquals = "false")
final class AliasChangeListener {

    static final String CHANNEL = "meridian_alias_changes";
    /** How the connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "meridian-alias-listener";
    private static final Logger LOG = LoggerFactory.getLogger(AliasChangeListener.class);
    /** How long one wait for notifications lasts; also how soon a close is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** A connection that has been silent this long is asked whether it is still there. */
    private static final Duration PING_AFTER = Duration.ofSeconds(15);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final AliasChanges changes;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean closed;
    private volatile Thread thread;

    AliasChangeListener(AliasChanges changes, @Value("${datasources.default.url}") String url,
                        @Value("${datasources.default.username}") String user,
                        @Value("${datasources.default.password}") String password) {
        this.changes = changes;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        thread = Thread.ofPlatform().daemon().name("alias-change-listener").start(this::run);
    }

    @PreDestroy
    void close() throws InterruptedException {
        closed = true;
        Thread running = thread;
        if (running != null) {
            running.join(Duration.ofSeconds(5));
        }
    }

    private void run() {
        while (!closed) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties())) {
                listen(connection);
            } catch (SQLException e) {
                if (!closed) {
                    LOG.warn("not hearing alias moves ({}); pointers are kept only briefly until the listener is back", e.getMessage());
                }
            } finally {
                if (changes.hearing()) {
                    changes.hearing(false);
                }
            }
            pause();
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        // the ping of a connection the network dropped fails instead of waiting forever
        properties.setProperty("socketTimeout", "30");
        return properties;
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        // only now: a move committed before the LISTEN took effect went unheard, and this moves the epoch
        changes.hearing(true);
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long silentSince = System.nanoTime();
        while (!closed) {
            PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
            if (heard != null && heard.length > 0) {
                for (PGNotification notification : heard) {
                    changes.changed(UUID.fromString(notification.getParameter()));
                }
                silentSince = System.nanoTime();
            } else if (System.nanoTime() - silentSince > PING_AFTER.toNanos()) {
                // a connection the network dropped without a word would otherwise look merely quiet
                try (Statement ping = connection.createStatement()) {
                    ping.execute("select 1");
                }
                silentSince = System.nanoTime();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
