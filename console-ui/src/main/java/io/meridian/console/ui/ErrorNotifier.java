package io.meridian.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.meridian.console.api.ApiProblem;
import io.meridian.console.api.ApiUnavailable;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.views.LoginView;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows what went wrong with an API call as a readable notification in the user's language: the API's
 * own localized title and detail for a problem, a console message when the API cannot be reached.
 * Never a stack trace: that goes to the console's log.
 */
public final class ErrorNotifier {

    private static final Logger LOG = Logger.getLogger(ErrorNotifier.class.getName());

    private ErrorNotifier() {
    }

    /** Runs an API call; on failure shows the error and returns empty. */
    public static <T> Optional<T> call(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ApiProblem | ApiUnavailable error) {
            show(error);
            return Optional.empty();
        }
    }

    /** Runs an API call without an answer; on failure shows the error and returns false. */
    public static boolean run(Runnable call) {
        return call(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs what a form or button sends to the API: when the API refuses it, {@code refused} first
     * marks what the refusal concerns (the fields it names, an answer to clear), then the refusal is
     * shown; any other failure is shown as it is.
     */
    public static void submit(Runnable submission, Consumer<ApiProblem> refused) {
        try {
            submission.run();
        } catch (ApiProblem problem) {
            refused.accept(problem);
            show(problem);
        } catch (RuntimeException unavailable) {
            show(unavailable);
        }
    }

    public static void show(RuntimeException error) {
        UI ui = UI.getCurrent();
        if (error instanceof ApiProblem problem) {
            LOG.info(() -> "the API refused a call: " + problem.getMessage() + " " + problem.errors());
            if (problem.status() == 401 && ui != null) {
                // the token expired or was revoked: sign in again
                ConsoleSession.signOut();
                ui.navigate(LoginView.class);
            }
            notify(problem.title(), problem.detail());
        } else {
            LOG.log(Level.WARNING, "the API did not answer", error);
            if (ui != null) {
                notify(ui.getTranslation("core.error.unavailable.title"), ui.getTranslation("core.error.unavailable.detail"));
            }
        }
    }

    private static void notify(String title, String detail) {
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Div content = new Div(heading);
        if (detail != null && !detail.isBlank()) {
            content.add(new Div(new Span(detail)));
        }
        content.addClassName("api-error");
        Notification notification = new Notification(content);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(8_000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.open();
    }
}
