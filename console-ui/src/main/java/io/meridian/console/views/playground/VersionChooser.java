package io.meridian.console.views.playground;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.meridian.console.api.ModelsApi;
import io.meridian.console.ui.Apis;
import io.meridian.console.ui.ErrorNotifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A model and one of its aliases or versions. The chosen version is read from the API (its signature
 * makes the form); predictions are asked of the reference as chosen, so an alias stays an alias.
 */
final class VersionChooser extends HorizontalLayout {

    /** {@code ref} as the API reads it: {@code model@production}, {@code model@3}. */
    private record Choice(String ref, int version, String label) {
    }

    private final Select<ModelsApi.Model> model = new Select<>();
    private final Select<Choice> version = new Select<>();
    private final Consumer<Optional<ModelsApi.Version>> onChosen;

    VersionChooser(Consumer<Optional<ModelsApi.Version>> onChosen) {
        this.onChosen = onChosen;
        setPadding(false);
        model.setId("playground-model");
        model.setLabel(getTranslation("playground.model"));
        model.setItemLabelGenerator(ModelsApi.Model::name);
        model.addValueChangeListener(change -> modelChosen(change.getValue()));
        version.setId("playground-version");
        version.setLabel(getTranslation("playground.version"));
        version.setItemLabelGenerator(Choice::label);
        version.setEnabled(false);
        version.addValueChangeListener(change -> versionChosen(change.getValue()));
        add(model, version);
    }

    void setModels(List<ModelsApi.Model> models) {
        model.setItems(models.stream().filter(each -> each.latestVersion() > 0).toList());
    }

    Optional<String> ref() {
        return Optional.ofNullable(version.getValue()).map(Choice::ref);
    }

    private void modelChosen(ModelsApi.Model chosen) {
        if (chosen == null) {
            version.setItems(List.of());
            version.setEnabled(false);
            onChosen.accept(Optional.empty());
            return;
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, Integer> aliases = chosen.aliases() == null ? Map.of() : chosen.aliases();
        aliases.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(alias -> choices.add(new Choice(
                chosen.name() + "@" + alias.getKey(), alias.getValue(),
                getTranslation("playground.version.alias", Map.of("alias", alias.getKey(), "version", alias.getValue())))));
        IntStream.iterate(chosen.latestVersion(), number -> number >= 1, number -> number - 1).forEach(number -> choices.add(new Choice(
                chosen.name() + "@" + number, number, getTranslation("playground.version.number", Map.of("version", number)))));
        version.setItems(choices);
        version.setEnabled(true);
        version.setValue(choices.getFirst());
    }

    private void versionChosen(Choice choice) {
        if (choice == null || model.getValue() == null) {
            onChosen.accept(Optional.empty());
            return;
        }
        onChosen.accept(ErrorNotifier.call(() -> new ModelsApi(Apis.client()).version(model.getValue().name(), choice.version())));
    }
}
