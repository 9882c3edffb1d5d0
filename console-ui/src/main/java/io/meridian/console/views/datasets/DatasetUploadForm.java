package io.meridian.console.views.datasets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import io.meridian.console.api.ApiProblem;
import io.meridian.console.api.DatasetsApi;
import io.meridian.console.api.RegionsApi;
import io.meridian.console.session.ConsoleSession;
import io.meridian.console.ui.FieldErrors;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Uploading a CSV dataset in two steps: the file goes to the console first (the upload shows its
 * progress bar), then "Create dataset" sends it with its name, region, data class and label column to
 * the API, which infers the schema and finds and treats personal data as the region's policy says.
 */
final class DatasetUploadForm extends Div {

    /** A file the browser has uploaded to the console, waiting in a temporary file. */
    private record Received(String fileName, Path file) {
    }

    private final TextField name = new TextField(getTranslation("datasets.name"));
    private final Select<String> region = new Select<>();
    private final Select<String> dataClass = new Select<>();
    private final TextField labelColumn = new TextField(getTranslation("datasets.upload.label-column"));
    private final Upload upload;
    private final Span fileStatus = new Span();
    private final Consumer<DatasetsApi.Dataset> onCreated;
    private Received received;

    DatasetUploadForm(Consumer<DatasetsApi.Dataset> onCreated) {
        this.onCreated = onCreated;
        name.setId("dataset-name");
        region.setId("dataset-region");
        region.setLabel(getTranslation("datasets.region"));
        dataClass.setId("dataset-data-class");
        dataClass.setLabel(getTranslation("datasets.data-class"));
        dataClass.setItems(DatasetsApi.DATA_CLASSES);
        dataClass.setItemLabelGenerator(value -> getTranslation("datasets.data-class." + value));
        dataClass.setValue("INTERNAL");
        labelColumn.setId("dataset-label-column");
        labelColumn.setHelperText(getTranslation("datasets.upload.label-column.help"));
        ErrorNotifier.call(() -> new RegionsApi(Apis.client()).list()).ifPresent(regions -> {
            region.setItems(regions.stream().map(RegionsApi.Region::code).toList());
            Map<String, String> names = regions.stream().collect(java.util.stream.Collectors.toMap(RegionsApi.Region::code,
                    found -> found.displayName() + " (" + found.code() + ")"));
            region.setItemLabelGenerator(code -> names.getOrDefault(code, code));
            String home = ConsoleSession.requireUser().tenantHomeRegion();
            if (names.containsKey(home)) {
                region.setValue(home);
            }
        });

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> receive(metadata.fileName(), file.toPath()))));
        upload.setId("dataset-file");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(uploadTexts());
        fileStatus.setId("dataset-file-status");

        Button create = new Button(getTranslation("datasets.upload.submit"), click -> create());
        create.setId("dataset-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(name, region, dataClass, labelColumn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, upload, fileStatus, create);
    }

    private void receive(String fileName, Path file) {
        discard();
        received = new Received(fileName, file);
        fileStatus.setText(getTranslation("datasets.upload.received", Map.of("file", fileName)));
        if (name.isEmpty()) {
            name.setValue(fileName.replaceFirst("\\.csv$", "").replaceAll("[^A-Za-z0-9_.-]", "-"));
        }
    }

    private void create() {
        name.setInvalid(false);
        labelColumn.setInvalid(false);
        if (received == null) {
            fileStatus.setText(getTranslation("datasets.upload.no-file"));
            return;
        }
        DatasetsApi.NewDataset metadata = new DatasetsApi.NewDataset(blankToNull(name.getValue()), region.getValue(), null,
                dataClass.getValue(), blankToNull(labelColumn.getValue()));
        ErrorNotifier.submit(() -> {
            DatasetsApi.Dataset dataset = new DatasetsApi(Apis.client()).uploadCsv(metadata, received.fileName(), received.file());
            discard();
            upload.clearFileList();
            fileStatus.setText("");
            name.clear();
            labelColumn.clear();
            Notification done = Notification.show(getTranslation("datasets.upload.created", Map.of("name", dataset.name())));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onCreated.accept(dataset);
        }, problem -> {
            showFieldErrors(problem);
        });
    }

    private void showFieldErrors(ApiProblem problem) {
        FieldErrors.mark(name, problem, "name");
        FieldErrors.mark(labelColumn, problem, "labelColumn");
    }

    private void discard() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.file());
            } catch (IOException ignored) {
                // a temporary file: the system's cleanup removes it eventually
            }
            received = null;
        }
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("datasets.upload.choose")).setMany(getTranslation("datasets.upload.choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("datasets.upload.drop")).setMany(getTranslation("datasets.upload.drop")));
        texts.setError(new UploadI18N.Error().setIncorrectFileType(getTranslation("datasets.upload.wrong-type"))
                .setTooManyFiles(getTranslation("datasets.upload.one-file")).setFileIsTooBig(getTranslation("datasets.upload.too-big")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("datasets.upload.connecting"))
                        .setProcessing(getTranslation("datasets.upload.processing")).setHeld(getTranslation("datasets.upload.held"))
                        .setStalled(getTranslation("datasets.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("datasets.upload.remaining"))
                        .setUnknown(getTranslation("datasets.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("datasets.upload.failed"))
                        .setUnexpectedServerError(getTranslation("datasets.upload.failed")).setForbidden(getTranslation("datasets.upload.failed"))));
        texts.setFile(new UploadI18N.File().setRetry(getTranslation("datasets.upload.retry")).setStart(getTranslation("datasets.upload.start"))
                .setRemove(getTranslation("datasets.upload.remove")));
        texts.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return texts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
