package io.meridian.console.views.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.api.Page;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;

import java.util.Map;

/** One page of the version search's results, with the way to the pages before and after. */
final class VersionSearchResults extends Div {

    static final int PAGE_SIZE = 20;

    private ModelsApi.VersionFilter filter = new ModelsApi.VersionFilter(null, null, null, null);
    private int offset;
    private final Grid<ModelsApi.Listing> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(getTranslation("models.search.none"));
    private final Span pageText = new Span();
    private final Button previous = new Button(getTranslation("models.search.previous"), click -> load(offset - PAGE_SIZE));
    private final Button next = new Button(getTranslation("models.search.next"), click -> load(offset + PAGE_SIZE));

    VersionSearchResults() {
        grid.setId("model-search-results");
        grid.addComponentColumn(listing -> new RouterLink(listing.model(), ModelDetailView.class, new RouteParameters("name", listing.model())))
                .setHeader(getTranslation("models.model")).setFlexGrow(2);
        grid.addColumn(ModelsApi.Listing::version).setHeader(getTranslation("models.version"));
        grid.addColumn(listing -> MetricTexts.summary(listing.metrics())).setHeader(getTranslation("models.metrics")).setFlexGrow(3);
        grid.addColumn(listing -> String.join(", ", listing.aliases())).setHeader(getTranslation("models.aliases"));
        grid.addColumn(listing -> String.join(", ", listing.tags())).setHeader(getTranslation("models.tags"));
        grid.addColumn(ModelsApi.Listing::trainer).setHeader(getTranslation("models.trainer"));
        grid.addColumn(listing -> ConsoleFormats.dateTime(listing.createdAt())).setHeader(getTranslation("models.created"));
        grid.setAllRowsVisible(true);
        previous.setId("model-search-previous");
        next.setId("model-search-next");
        pageText.setId("model-search-page");
        add(empty, grid, new HorizontalLayout(previous, pageText, next));
        load(0);
    }

    void search(ModelsApi.VersionFilter chosen) {
        filter = chosen;
        load(0);
    }

    private void load(int from) {
        int start = Math.max(0, from);
        ErrorNotifier.submit(() -> {
            Page<ModelsApi.Listing> page = new ModelsApi(Apis.client()).search(filter, PAGE_SIZE, start);
            offset = start;
            show(page);
        }, problem -> {
            // nothing to mark: a malformed threshold or alias, and the API's message says which
        });
    }

    private void show(Page<ModelsApi.Listing> page) {
        grid.setItems(page.items());
        grid.setVisible(!page.items().isEmpty());
        empty.setVisible(page.items().isEmpty());
        long pages = Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageText.setText(getTranslation("models.search.page", Map.of("page", offset / PAGE_SIZE + 1, "pages", pages, "total", page.total())));
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE_SIZE < page.total());
    }
}
