package io.meridian.console.ui;

import io.meridian.console.session.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view (and see it in the menu). A view without it is open to anyone signed in.
 * The API checks again: this only keeps people from pages that would answer 403.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
    Role[] value();
}
