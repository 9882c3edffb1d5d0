package io.meridian.training.serving;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;
import io.meridian.registry.Signature;
import io.meridian.registry.Violation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks request rows against a version's signature before a model sees them. Every problem is a
 * {@link Violation} with a JSON-path-like field ({@code rows}, {@code rows[3]}, {@code rows[3].age},
 * {@code rows[0].pixels[2][5]}). The rules:
 * <ul>
 *   <li>{@code rows}: {@code field.not-empty} without rows; {@code field.too-many} {max} beyond the
 *       batch limit (then nothing else is checked).</li>
 *   <li>a row: {@code field.required} when it is null; {@code field.unknown-feature} {allowed} per name the
 *       signature lacks; {@code field.required} per input it lacks.</li>
 *   <li>a value: FLOAT a finite number, INTEGER a finite whole number (12.0 counts), BOOLEAN true/false,
 *       CATEGORY and TEXT a string, TENSOR nested lists of the signature's shape
 *       ({@code field.wrong-type} {expected: number, integer, boolean, text, list};
 *       {@code field.not-finite}; {@code field.wrong-shape} {expected, found}). Null is a missing value for
 *       FLOAT, INTEGER, BOOLEAN and CATEGORY (training data has empty cells, and the model learned
 *       what to do with them), and {@code field.required} for TEXT and TENSOR.</li>
 *   <li>a CATEGORY value no training row had: {@code field.unknown-category} {value, allowed}, unless
 *       {@link ServingOptions#allowUnknownCategories}.</li>
 * </ul>
 * Thread-safe; stops after {@link ServingOptions#maxViolations}.
 */
public final class InputValidation {

    /** Stands for the value's path in its own violations until one is refused (compared by identity). */
    private static final String HERE = new String("here");

    private final List<Feature> inputs;
    private final Map<String, Feature> byName;
    private final Map<String, Set<String>> categories;
    private final ServingOptions options;
    private final String allowedNames;

    /**
     * @param categories the values each CATEGORY input had in training (from the model: the signature
     *                   does not list them)
     */
    public InputValidation(Signature signature, Map<String, Set<String>> categories, ServingOptions options) {
        this.inputs = signature.inputs();
        this.byName = new LinkedHashMap<>();
        inputs.forEach(input -> byName.put(input.name(), input));
        this.categories = Map.copyOf(categories);
        this.options = options;
        this.allowedNames = String.join(", ", byName.keySet());
    }

    public List<Violation> validate(List<Map<String, Object>> rows) {
        if (rows == null || rows.isEmpty()) {
            return List.of(Violation.of("rows", "field.not-empty"));
        }
        if (rows.size() > options.maxBatchRows()) {
            return List.of(Violation.of("rows", "field.too-many", "max", options.maxBatchRows()));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < rows.size() && violations.size() < options.maxViolations(); i++) {
            validateRow(i, rows.get(i), violations);
        }
        return violations.size() > options.maxViolations() ? List.copyOf(violations.subList(0, options.maxViolations()))
                : violations;
    }

    private void validateRow(int index, Map<String, Object> row, List<Violation> violations) {
        if (row == null) {
            violations.add(Violation.of(FieldPaths.row(index), "field.required"));
            return;
        }
        if (row.size() != inputs.size() || !byName.keySet().containsAll(row.keySet())) {
            for (String name : row.keySet()) {
                if (!byName.containsKey(name)) {
                    violations.add(Violation.of(FieldPaths.feature(index, name), "field.unknown-feature", "allowed", allowedNames));
                }
            }
        }
        for (Feature input : inputs) {
            if (!row.containsKey(input.name())) {
                violations.add(Violation.of(FieldPaths.feature(index, input.name()), "field.required"));
            } else {
                int before = violations.size();
                validateValue(input, row.get(input.name()), index, violations);
                if (violations.size() > before) {
                    // the value's checks name it by a placeholder: the path is built only for a request that is refused
                    String path = FieldPaths.feature(index, input.name());
                    for (int i = before; i < violations.size(); i++) {
                        Violation violation = violations.get(i);
                        if (violation.field() == HERE) {
                            violations.set(i, new Violation(path, violation.key(), violation.arguments()));
                        }
                    }
                }
            }
        }
    }

    private void validateValue(Feature input, Object value, int index, List<Violation> violations) {
        String path = HERE;
        if (value == null) {
            if (input.type() == FeatureType.TEXT || input.type() == FeatureType.TENSOR) {
                violations.add(Violation.of(path, "field.required"));
            }
            return;
        }
        switch (input.type()) {
            case FLOAT -> {
                if (!(value instanceof Number number)) {
                    violations.add(wrongType(path, "number"));
                } else if (!Double.isFinite(number.doubleValue())) {
                    violations.add(Violation.of(path, "field.not-finite"));
                }
            }
            case INTEGER -> {
                if (!(value instanceof Number number)) {
                    violations.add(wrongType(path, "integer"));
                } else if (!Double.isFinite(number.doubleValue())) {
                    violations.add(Violation.of(path, "field.not-finite"));
                } else if (!whole(number)) {
                    violations.add(wrongType(path, "integer"));
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    violations.add(wrongType(path, "boolean"));
                }
            }
            case CATEGORY -> {
                if (!(value instanceof String category)) {
                    violations.add(wrongType(path, "text"));
                } else if (!options.allowUnknownCategories() && !categories.getOrDefault(input.name(), Set.of()).contains(category)) {
                    violations.add(new Violation(path, "field.unknown-category", Map.of("value", category,
                            "allowed", categories.getOrDefault(input.name(), Set.of()).stream().sorted().collect(Collectors.joining(", ")))));
                }
            }
            case TEXT -> {
                if (!(value instanceof String)) {
                    violations.add(wrongType(path, "text"));
                }
            }
            case TENSOR -> TensorValues.check(value, TensorValues.rowShape(input.shape()), FieldPaths.feature(index, input.name()), violations);
        }
    }

    private static Violation wrongType(String path, String expected) {
        return Violation.of(path, "field.wrong-type", "expected", expected);
    }

    private static boolean whole(Number number) {
        return switch (number) {
            case Integer _, Long _, Short _, Byte _, BigInteger _ -> true;
            case BigDecimal decimal -> decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
            default -> number.doubleValue() == Math.rint(number.doubleValue());
        };
    }
}
