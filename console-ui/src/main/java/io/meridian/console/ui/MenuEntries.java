package io.meridian.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.meridian.console.session.SignedInUser;

import java.util.Comparator;
import java.util.List;

/** The side navigation's entries: every routed view with {@link MenuItem} that the user's roles may open. */
public final class MenuEntries {

    public record Entry(Class<? extends Component> view, MenuItem item) {
    }

    private MenuEntries() {
    }

    public static List<Entry> visibleTo(SignedInUser user) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget)
                .filter(view -> view.isAnnotationPresent(MenuItem.class))
                .filter(view -> mayOpen(user, view))
                .distinct()
                .map(view -> new Entry(view, view.getAnnotation(MenuItem.class)))
                .sorted(Comparator.comparingInt(entry -> entry.item().order()))
                .toList();
    }

    public static boolean mayOpen(SignedInUser user, Class<?> view) {
        AllowedRoles allowed = view.getAnnotation(AllowedRoles.class);
        return allowed == null || user.hasAnyRole(allowed.value());
    }
}
