package io.meridian.console.views.models;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.meridian.console.api.LabelsApi;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.session.Role;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;
import io.meridian.console.views.LocaleNames;
import io.meridian.i18n.SupportedLocales;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the model's output labels read in each supported language: predictions answer with these.
 * Data scientists and tenant admins edit them (a locale's translations are saved as a whole); others read them.
 */
final class LabelsPanel extends Div {

    private final String model;
    private final List<String> labels;
    private final Map<String, Map<String, String>> byLocale = new HashMap<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Select<Locale> locale = new Select<>();
    private final boolean mayEdit = ConsoleSession.requireUser().hasAnyRole(Role.DATA_SCIENTIST, Role.TENANT_ADMIN);

    LabelsPanel(String model, List<ModelsApi.Version> versions) {
        this.model = model;
        setId("model-labels");
        TreeSet<String> all = new TreeSet<>();
        versions.forEach(version -> all.addAll(version.signature().labels()));
        this.labels = List.copyOf(all);
        if (labels.isEmpty()) {
            add(new Paragraph(getTranslation("models.labels.none")));
            return;
        }
        ErrorNotifier.call(() -> new LabelsApi(Apis.client()).all(model))
                .ifPresent(found -> found.forEach(each -> byLocale.put(each.locale(), each.translations())));
        locale.setId("labels-locale");
        locale.setLabel(getTranslation("models.labels.locale"));
        locale.setItems(SupportedLocales.all());
        locale.setItemLabelGenerator(LocaleNames::nameInItself);
        locale.addValueChangeListener(change -> fill());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (String label : labels) {
            TextField field = new TextField(label);
            field.setId("label-" + label);
            field.setReadOnly(!mayEdit);
            field.setPlaceholder(label);
            fields.put(label, field);
            form.add(field);
        }
        add(locale, form);
        if (mayEdit) {
            Button save = new Button(getTranslation("models.labels.save"), click -> save());
            save.setId("labels-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        locale.setValue(SupportedLocales.all().contains(getLocale()) ? getLocale() : SupportedLocales.DEFAULT);
    }

    private void fill() {
        Map<String, String> translations = byLocale.getOrDefault(tag(), Map.of());
        fields.forEach((label, field) -> field.setValue(translations.getOrDefault(label, "")));
    }

    private void save() {
        Map<String, String> translations = new LinkedHashMap<>();
        fields.forEach((label, field) -> {
            if (!field.getValue().isBlank()) {
                translations.put(label, field.getValue().strip());
            }
        });
        String tag = tag();
        ErrorNotifier.call(() -> new LabelsApi(Apis.client()).replace(model, tag, translations)).ifPresent(saved -> {
            byLocale.put(tag, saved.translations());
            Notification notification = Notification.show(getTranslation("models.labels.saved",
                    Map.of("language", LocaleNames.nameInItself(locale.getValue()))), 5_000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    private String tag() {
        return locale.getValue().toLanguageTag();
    }
}
