package io.meridian.console.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import io.meridian.console.ConsoleServer;
import io.meridian.console.ConsoleSettings;
import io.meridian.console.api.ApiClient;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.SignedInUser;
import io.meridian.i18n.SupportedLocales;

import java.util.Locale;

/**
 * The API client of the current user and page: their token, the page's language. Views wrap it in the
 * area they need: {@code new JobsApi(Apis.client())}.
 */
public final class Apis {

    private Apis() {
    }

    public static ApiClient client() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? SupportedLocales.DEFAULT : ui.getLocale();
        ApiClient client = new ApiClient(settings().apiUrl(), ConsoleSession.user().map(SignedInUser::token), locale);
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? client : client.forwardingFor(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
    }

    public static ConsoleSettings settings() {
        return (ConsoleSettings) VaadinServlet.getCurrent().getServletContext().getAttribute(ConsoleServer.SETTINGS_ATTRIBUTE);
    }
}
