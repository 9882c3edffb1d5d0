package io.meridian.console.views.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.meridian.console.api.ApiJson;
import io.meridian.console.api.AuditApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ConsoleFormats;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.i18n.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Policy alerts: the latest decisions of the policy decision point that denied something (an upload, a
 * job's placement, a download, serving), from the audit log, with their reasons in the user's language.
 * Only for the roles that may read the audit log.
 */
final class PolicyAlertsPanel extends Div {

    private static final int SCANNED = 200;
    private static final int SHOWN = 10;
    private static final Messages REASONS = new Messages("io.meridian.i18n.compliance");

    record Alert(java.time.Instant at, String actor, String subject, String action, String regions, String reasons) {
    }

    PolicyAlertsPanel() {
        setId("policy-alerts");
        ErrorNotifier.call(() -> new AuditApi(Apis.client()).byAction("policy.decision", SCANNED)).ifPresent(page -> {
            Locale locale = UI.getCurrent().getLocale();
            List<Alert> alerts = new ArrayList<>();
            for (AuditApi.Entry entry : page.items()) {
                JsonNode details = details(entry);
                if ("DENY".equals(details.path("outcome").asText()) && alerts.size() < SHOWN) {
                    alerts.add(alert(entry, details, locale));
                }
            }
            if (alerts.isEmpty()) {
                add(new Paragraph(getTranslation("core.dashboard.alerts.none")));
                return;
            }
            Grid<Alert> grid = new Grid<>();
            grid.addColumn(alert -> ConsoleFormats.dateTime(alert.at())).setHeader(getTranslation("core.dashboard.alerts.at"));
            grid.addColumn(Alert::action).setHeader(getTranslation("core.dashboard.alerts.action"));
            grid.addColumn(Alert::subject).setHeader(getTranslation("core.dashboard.alerts.subject"));
            grid.addColumn(Alert::regions).setHeader(getTranslation("core.dashboard.alerts.regions"));
            grid.addColumn(Alert::reasons).setHeader(getTranslation("core.dashboard.alerts.reasons")).setFlexGrow(3);
            grid.setItems(alerts);
            grid.setAllRowsVisible(true);
            add(grid);
        });
    }

    private Alert alert(AuditApi.Entry entry, JsonNode details, Locale locale) {
        String source = details.path("sourceRegion").asText();
        String target = details.path("targetRegion").asText();
        // the audit keeps the reasons' keys; their arguments are the decision's own facts
        Map<String, Object> arguments = Map.of("action", details.path("action").asText(), "dataClass", details.path("dataClass").asText(),
                "region", target, "from", source, "to", target, "entity", getTranslation("core.dashboard.alerts.personal-data"));
        List<String> reasons = new ArrayList<>();
        details.path("reasons").forEach(key -> reasons.add(REASONS.format(locale, key.asText(), arguments)));
        return new Alert(entry.at(), entry.actor(), entry.subject(), details.path("action").asText(),
                source.equals(target) ? target : source + " → " + target, reasons.stream().collect(Collectors.joining(" ")));
    }

    private static JsonNode details(AuditApi.Entry entry) {
        try {
            return ApiJson.MAPPER.readTree(entry.details());
        } catch (IOException e) {
            return ApiJson.MAPPER.createObjectNode();
        }
    }
}
