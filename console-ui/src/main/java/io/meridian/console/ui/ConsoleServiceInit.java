package io.meridian.console.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Every new page: in the session's language and direction, and behind the {@link AccessGuard}. */
public final class ConsoleServiceInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ConsoleLocale.apply(ui, ConsoleLocale.forSession(ui.getSession(), VaadinRequest.getCurrent()));
            ui.addBeforeEnterListener(new AccessGuard());
        });
    }
}
