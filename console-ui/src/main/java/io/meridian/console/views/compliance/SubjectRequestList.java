package io.meridian.console.views.compliance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.SubjectRequestsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

/** The tenant's data-subject requests, newest first: what was asked, its status and how many records it touched. */
final class SubjectRequestList extends Div {

    private static final int SHOWN = 100;

    private final Grid<SubjectRequestsApi.Request> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(getTranslation("compliance.subjects.none"));

    SubjectRequestList() {
        grid.setId("subject-request-grid");
        grid.addColumn(request -> ConsoleFormats.dateTime(request.createdAt())).setHeader(getTranslation("compliance.subjects.created"))
                .setAutoWidth(true);
        grid.addColumn(request -> getTranslation("compliance.subjects.kind." + request.kind())).setHeader(getTranslation("compliance.subjects.kind"))
                .setAutoWidth(true);
        grid.addColumn(request -> getTranslation("compliance.subjects.status." + request.status()))
                .setHeader(getTranslation("compliance.subjects.status")).setAutoWidth(true);
        grid.addColumn(request -> request.subjectType() == null ? "" : getTranslation("compliance.entity." + request.subjectType()))
                .setHeader(getTranslation("compliance.subjects.type")).setAutoWidth(true);
        grid.addColumn(request -> ConsoleFormats.number(request.records())).setHeader(getTranslation("compliance.subjects.records"));
        grid.addColumn(request -> request.reason() == null ? "" : request.reason()).setHeader(getTranslation("compliance.subjects.reason"))
                .setFlexGrow(2);
        grid.addColumn(request -> request.failure() == null ? "" : request.failure()).setHeader(getTranslation("compliance.subjects.failure"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        empty.setId("subject-request-none");
        add(empty, grid);
        reload();
    }

    void reload() {
        ErrorNotifier.call(() -> new SubjectRequestsApi(Apis.client()).list(SHOWN, 0)).ifPresent(page -> {
            grid.setItems(page.items());
            empty.setVisible(page.items().isEmpty());
            grid.setVisible(!page.items().isEmpty());
        });
    }
}
