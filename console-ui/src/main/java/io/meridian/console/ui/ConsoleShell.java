package io.meridian.console.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** The HTML page around the console: Lumo's look, and a language before any script runs. */
@StyleSheet(Lumo.STYLESHEET)
public final class ConsoleShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Meridian");
    }
}
