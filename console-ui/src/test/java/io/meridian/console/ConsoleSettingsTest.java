package io.meridian.console;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSettingsTest {

    @Test
    void defaultsToPort8081AndTheApiOnLocalhost8080() {
        ConsoleSettings settings = ConsoleSettings.from(name -> null);
        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://localhost:8080"));
    }

    @Test
    void readsTheEnvironmentAndDropsATrailingSlash() {
        ConsoleSettings settings = ConsoleSettings.from(Map.of("MERIDIAN_CONSOLE_PORT", "9091",
                "MERIDIAN_API_URL", "https://api.example.com/")::get);
        assertThat(settings.port()).isEqualTo(9091);
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.example.com"));
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> ConsoleSettings.from(Map.of("MERIDIAN_CONSOLE_PORT", "70000")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MERIDIAN_CONSOLE_PORT");
    }
}
