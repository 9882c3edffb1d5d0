package io.meridian.console.views.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import io.meridian.console.api.CapacityApi;
import io.meridian.console.charts.SvgChart;
import io.meridian.console.charts.UsageBarChart;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The GPU pools per region and how much of them is in use: a chart of training slots per region and the pools' table. */
final class CapacityPanel extends Div {

    CapacityPanel() {
        setId("capacity");
        ErrorNotifier.call(() -> new CapacityApi(Apis.client()).pools()).ifPresent(this::show);
    }

    private void show(List<CapacityApi.Pool> pools) {
        Map<String, UsageBarChart.Usage> slots = new TreeMap<>();
        Map<String, UsageBarChart.Usage> gpus = new LinkedHashMap<>();
        for (CapacityApi.Pool pool : pools) {
            slots.merge(pool.region(), new UsageBarChart.Usage(pool.slotsInUse(), pool.slots()),
                    (a, b) -> new UsageBarChart.Usage(a.used() + b.used(), a.capacity() + b.capacity()));
            gpus.merge(pool.region(), new UsageBarChart.Usage(pool.gpusInUse(), pool.gpus()),
                    (a, b) -> new UsageBarChart.Usage(a.used() + b.used(), a.capacity() + b.capacity()));
        }
        boolean anyGpu = gpus.values().stream().anyMatch(usage -> usage.capacity() > 0);
        add(chart(slots, "core.dashboard.capacity.slots-chart"));
        if (anyGpu) {
            add(chart(new TreeMap<>(gpus), "core.dashboard.capacity.gpus-chart"));
        }

        Grid<CapacityApi.Pool> grid = new Grid<>();
        grid.addColumn(CapacityApi.Pool::region).setHeader(getTranslation("core.dashboard.capacity.region")).setSortable(true);
        grid.addColumn(CapacityApi.Pool::name).setHeader(getTranslation("core.dashboard.capacity.pool"));
        grid.addColumn(CapacityApi.Pool::gpuType).setHeader(getTranslation("core.dashboard.capacity.gpu-type"));
        grid.addColumn(pool -> getTranslation("core.dashboard.capacity.of", Map.of("used", pool.gpusInUse(), "total", pool.gpus())))
                .setHeader(getTranslation("core.dashboard.capacity.gpus"));
        grid.addColumn(pool -> getTranslation("core.dashboard.capacity.of", Map.of("used", pool.slotsInUse(), "total", pool.slots())))
                .setHeader(getTranslation("core.dashboard.capacity.slots"));
        grid.addColumn(CapacityApi.Pool::queued).setHeader(getTranslation("core.dashboard.capacity.queued"));
        grid.setItems(pools);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private com.vaadin.flow.component.html.Image chart(Map<String, UsageBarChart.Usage> usage, String titleKey) {
        String title = getTranslation(titleKey);
        var chart = UsageBarChart.create(usage, new UsageBarChart.Labels(title, getTranslation("core.dashboard.capacity.region"),
                getTranslation("core.dashboard.capacity.amount"), getTranslation("core.dashboard.capacity.used"),
                getTranslation("core.dashboard.capacity.free")));
        StringBuilder description = new StringBuilder(title).append(": ");
        usage.forEach((region, value) -> description.append(getTranslation("core.dashboard.capacity.region-usage",
                Map.of("region", region, "used", value.used(), "total", value.capacity()))).append("; "));
        return SvgChart.image(chart, 640, 300, description.toString());
    }
}
