package io.meridian.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;

/** A titled part of a page: an HTML section labelled by its heading, for screen readers' landmarks. */
public final class Section extends com.vaadin.flow.component.html.Section {

    public Section(String id, String title, Component... content) {
        setId(id);
        H3 heading = new H3(title);
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        add(content);
        getStyle().set("margin-block-end", "var(--lumo-space-l)");
    }
}
