package io.meridian.console.session;

import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.util.Optional;

/** The signed-in user of the current Vaadin session, if any (and not expired). */
public final class ConsoleSession {

    private ConsoleSession() {
    }

    public static Optional<SignedInUser> user() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        SignedInUser user = session.getAttribute(SignedInUser.class);
        return user == null || user.expired(Instant.now()) ? Optional.empty() : Optional.of(user);
    }

    public static SignedInUser requireUser() {
        return user().orElseThrow(() -> new IllegalStateException("no user signed in"));
    }

    public static void signIn(SignedInUser user) {
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    /** Forgets the token; the caller navigates to the login view. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedInUser.class, null);
        session.getSession().invalidate();
    }
}
