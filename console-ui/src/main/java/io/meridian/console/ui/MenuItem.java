package io.meridian.console.ui;

import com.vaadin.flow.component.icon.VaadinIcon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a routed view in the side navigation: its title (a message key), its place (lower first) and icon.
 * Adding a view to the console is this annotation next to {@code @Route(value = "…", layout = MainLayout.class)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuItem {

    /** The message key of the menu text and the page title, e.g. {@code datasets.title}. */
    String titleKey();

    /** Dashboard 10, Datasets 20, Training 30, Models 40, Playground 50, Compliance 60, Admin 70. */
    int order();

    VaadinIcon icon();
}
