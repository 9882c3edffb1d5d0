package io.meridian.console.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.VaadinSession;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.views.DashboardView;
import io.meridian.console.views.LoginView;

import java.util.Optional;

/**
 * Before any view opens: without a signed-in user, to the login view; with one, only to views their
 * roles allow ({@link AllowedRoles}), else to the dashboard, which everyone may see.
 */
final class AccessGuard implements BeforeEnterListener {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<SignedInUser> user = ConsoleSession.user();
        if (target == LoginView.class) {
            return;
        }
        if (user.isEmpty()) {
            if (VaadinSession.getCurrent().getAttribute(SignedInUser.class) != null) {
                // the token expired: forget it
                VaadinSession.getCurrent().setAttribute(SignedInUser.class, null);
            }
            event.rerouteTo(LoginView.class);
        } else if (!MenuEntries.mayOpen(user.get(), target)) {
            event.rerouteTo(DashboardView.class);
        }
    }
}
