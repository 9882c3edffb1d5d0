package io.meridian.training.trainers;

import io.meridian.registry.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HyperparameterSpecTest {

    private final HyperparameterSpec spec = new HyperparameterSpec(
            Hyperparameter.integer("epochs", 1, 100, 10),
            Hyperparameter.number("rate", 0.001, 1, 0.1),
            Hyperparameter.bool("bigrams", false),
            Hyperparameter.choice("optimizer", List.of("adam", "sgd"), "adam"),
            Hyperparameter.integers("sizes", 1, 3, 1, 512, List.of(64)),
            Hyperparameter.text("column", 10));

    @Test
    void acceptsJsonNumbersAndFillsInDefaults() {
        // JSON parsers hand integers as Long or BigDecimal, and 12.0 is an integer too
        Map<String, Object> values = Map.of("epochs", new BigDecimal("12.0"), "rate", 1L, "sizes", List.of(32L, 16));
        assertThat(spec.validate(values)).isEmpty();

        Hyperparameters resolved = spec.resolve(values);

        assertThat(resolved.integer("epochs")).isEqualTo(12);
        assertThat(resolved.number("rate")).isEqualTo(1.0);
        assertThat(resolved.integers("sizes")).containsExactly(32, 16);
        assertThat(resolved.bool("bigrams")).isFalse();
        assertThat(resolved.testFraction()).isEqualTo(0.2);
        assertThat(resolved.optionalText("column")).isEmpty();
        assertThat(resolved.asStrings()).containsEntry("epochs", "12").containsEntry("sizes", "[32, 16]")
                .containsEntry("optimizer", "adam").containsEntry("testFraction", "0.2").doesNotContainKey("column");
    }

    @Test
    void namesEveryWrongValue() {
        Map<String, Object> values = new HashMap<>();
        values.put("epochs", 2.5);
        values.put("rate", Double.NaN);
        values.put("bigrams", "yes");
        values.put("optimizer", "lbfgs");
        values.put("sizes", List.of());
        values.put("column", " ");
        values.put("testFraction", 0.9);
        values.put("momentum", 0.9);
        values.put("seed", null);

        assertThat(spec.validate(values)).containsExactly(
                Violation.of("hyperparameters.bigrams", "field.wrong-type", "expected", "boolean"),
                Violation.of("hyperparameters.column", "field.not-empty"),
                Violation.of("hyperparameters.epochs", "field.wrong-type", "expected", "integer"),
                Violation.of("hyperparameters.momentum", "field.unknown-hyperparameter", "allowed",
                        "epochs, rate, bigrams, optimizer, sizes, column, testFraction"),
                Violation.of("hyperparameters.optimizer", "field.invalid-choice", "allowed", "adam, sgd"),
                Violation.of("hyperparameters.rate", "field.not-finite"),
                Violation.of("hyperparameters.seed", "field.unknown-hyperparameter", "allowed",
                        "epochs, rate, bigrams, optimizer, sizes, column, testFraction"),
                Violation.of("hyperparameters.sizes", "field.too-few", "min", 1),
                new Violation("hyperparameters.testFraction", "field.out-of-range", Map.of("min", 0.01, "max", 0.5)));
    }

    @Test
    void takesNullForAWrongType() {
        Map<String, Object> values = new HashMap<>();
        values.put("epochs", null);

        assertThat(spec.validate(values)).containsExactly(Violation.of("hyperparameters.epochs", "field.wrong-type", "expected", "integer"));
    }

    @Test
    void refusesToResolveWhatIsInvalid() {
        assertThatThrownBy(() -> spec.resolve(Map.of("epochs", 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hyperparameters.epochs");
    }
}
