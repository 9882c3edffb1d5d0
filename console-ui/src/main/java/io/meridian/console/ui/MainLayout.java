package io.meridian.console.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.SignedInUser;
import io.meridian.console.views.LoginView;

/**
 * The frame of every signed-in view: the product name, the side navigation (only the views the user's
 * roles may open, from {@link MenuItem}), the language switcher, who is signed in and the sign-out button.
 */
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout() {
        SignedInUser user = ConsoleSession.requireUser();
        setPrimarySection(Section.DRAWER);

        viewTitle.setId("view-title");
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Span who = new Span(getTranslation("core.signed-in-as", java.util.Map.of("name", user.displayName(), "tenant", user.tenantName())));
        who.setId("signed-in-user");
        Button signOut = new Button(getTranslation("core.sign-out"), click -> {
            ConsoleSession.signOut();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(who, new LanguageSwitcher(), signOut);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("core.menu"));
        addToNavbar(toggle, viewTitle, tools);

        Span product = new Span(getTranslation("core.product"));
        product.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700")
                .set("display", "block").set("padding", "var(--lumo-space-m)");
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.setLabel(getTranslation("core.menu"));
        for (MenuEntries.Entry entry : MenuEntries.visibleTo(user)) {
            String path = RouteConfiguration.forApplicationScope().getUrl(entry.view());
            SideNavItem item = new SideNavItem(getTranslation(entry.item().titleKey()), path, entry.item().icon().create());
            item.setId("nav-" + (path.isEmpty() ? "dashboard" : path.replace('/', '-')));
            nav.addItem(item);
        }
        addToDrawer(product, nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Class<?> view = getContent() == null ? null : getContent().getClass();
        MenuItem item = view == null ? null : view.getAnnotation(MenuItem.class);
        viewTitle.setText(item == null ? "" : getTranslation(item.titleKey()));
    }

    /** Page titles come from the view's menu title; views implement {@code HasDynamicTitle} through this. */
    public static String pageTitle(com.vaadin.flow.component.Component view) {
        MenuItem item = view.getClass().getAnnotation(MenuItem.class);
        String product = view.getTranslation("core.product");
        return item == null ? product : view.getTranslation(item.titleKey()) + " · " + product;
    }

}
