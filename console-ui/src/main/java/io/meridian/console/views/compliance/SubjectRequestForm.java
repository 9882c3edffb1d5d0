package io.meridian.console.views.compliance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.meridian.console.api.ApiJson;
import io.meridian.console.api.PoliciesApi;
import io.meridian.console.api.SubjectRequestsApi;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A new data-subject request: export (the answer is the export, offered as a JSON download right away:
 * the API keeps only counts) or erase (asked to confirm first: it cannot be undone).
 */
final class SubjectRequestForm extends Div {

    private static final String ANY_TYPE = "";

    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("compliance.subjects.kind"));
    private final TextField value = new TextField(getTranslation("compliance.subjects.value"));
    private final Select<String> type = new Select<>();
    private final TextField reason = new TextField(getTranslation("compliance.subjects.reason"));
    private final Div result = new Div();
    private final Consumer<SubjectRequestsApi.Answer> onDone;

    SubjectRequestForm(Consumer<SubjectRequestsApi.Answer> onDone) {
        this.onDone = onDone;
        kind.setId("subject-kind");
        kind.setItems(SubjectRequestsApi.KINDS);
        kind.setItemLabelGenerator(item -> getTranslation("compliance.subjects.kind." + item));
        kind.setValue("EXPORT");
        value.setId("subject-value");
        value.setHelperText(getTranslation("compliance.subjects.value.help"));
        type.setId("subject-type");
        type.setLabel(getTranslation("compliance.subjects.type"));
        List<String> types = new ArrayList<>();
        types.add(ANY_TYPE);
        types.addAll(PoliciesApi.ENTITY_TYPES);
        type.setItems(types);
        type.setItemLabelGenerator(item -> item.isEmpty() ? getTranslation("compliance.subjects.type.recognize")
                : getTranslation("compliance.entity." + item));
        type.setValue(ANY_TYPE);
        reason.setId("subject-reason");
        reason.setMaxLength(500);
        Button submit = new Button(getTranslation("compliance.subjects.submit"), click -> submit());
        submit.setId("subject-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("subject-result");
        FormLayout form = new FormLayout(kind, value, type, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(form, submit, result);
    }

    private void submit() {
        value.setInvalid(false);
        reason.setInvalid(false);
        if ("ERASE".equals(kind.getValue())) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("compliance.subjects.erase.confirm.title"),
                    getTranslation("compliance.subjects.erase.confirm.text"), getTranslation("compliance.subjects.erase.confirm.yes"),
                    event -> send());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("compliance.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        } else {
            send();
        }
    }

    private void send() {
        result.removeAll();
        ErrorNotifier.submit(() -> {
            SubjectRequestsApi.Answer answer = new SubjectRequestsApi(Apis.client()).create(kind.getValue(), value.getValue(),
                    type.getValue() == null || type.getValue().isEmpty() ? null : type.getValue(), reason.getValue());
            show(answer);
            onDone.accept(answer);
        }, problem -> {
            FieldErrors.mark(value, problem, "subject");
            FieldErrors.mark(reason, problem, "reason");
        });
    }

    private void show(SubjectRequestsApi.Answer answer) {
        SubjectRequestsApi.Request request = answer.request();
        Paragraph summary = new Paragraph(getTranslation("compliance.subjects.done." + request.kind(), Map.of("count", request.records(),
                "holdings", request.holdings() == null ? 0 : request.holdings().size())));
        summary.setId("subject-result-summary");
        result.add(summary);
        if ("EXPORT".equals(request.kind())) {
            byte[] document = json(answer);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(document),
                    "data-subject-export-" + request.id() + ".json", "application/json", document.length)),
                    getTranslation("compliance.subjects.download"));
            download.setId("subject-download");
            download.setDownload(true);
            // underlined: a link must not be told from the text around it by colour alone
            download.getStyle().set("text-decoration", "underline");
            result.add(download);
        }
    }

    private static byte[] json(SubjectRequestsApi.Answer answer) {
        try {
            return ApiJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer.document());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
