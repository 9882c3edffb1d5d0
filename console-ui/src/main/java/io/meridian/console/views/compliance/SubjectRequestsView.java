package io.meridian.console.views.compliance;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.meridian.console.session.Role;
import io.meridian.console.ui.AllowedRoles;
import io.meridian.console.ui.MainLayout;
import io.meridian.console.ui.MenuItem;
import io.meridian.console.ui.Section;

/** Data-subject requests: a new export or erasure, what it found or removed, and the requests so far. */
@Route(value = "compliance/subject-requests", layout = MainLayout.class)
@MenuItem(titleKey = "compliance.subjects.title", order = 62, icon = VaadinIcon.USER_CARD)
@AllowedRoles(Role.COMPLIANCE_ADMIN)
public final class SubjectRequestsView extends Main implements HasDynamicTitle {

    public SubjectRequestsView() {
        setId("subject-requests");
        getStyle().set("padding", "var(--lumo-space-m)");
        SubjectRequestList list = new SubjectRequestList();
        add(new Section("subject-request-new-section", getTranslation("compliance.subjects.new"), new SubjectRequestForm(answer -> list.reload())));
        add(new Section("subject-request-list-section", getTranslation("compliance.subjects.list"), list));
    }

    @Override
    public String getPageTitle() {
        return MainLayout.pageTitle(this);
    }
}
