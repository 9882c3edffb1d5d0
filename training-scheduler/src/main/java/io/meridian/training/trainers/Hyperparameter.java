package io.meridian.training.trainers;

import io.meridian.registry.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One hyperparameter a trainer accepts: its name, type, allowed values and default. Values come
 * from JSON, so any integral {@link Number} is an integer and any finite one a number; strings
 * are not numbers (a form that sends {@code "10"} has a bug the job should not hide).
 */
public sealed interface Hyperparameter {

    String name();

    Object defaultValue();

    /** Violations of {@code value} (null is a wrong type) under field {@code hyperparameters.<name>}. */
    List<Violation> check(Object value);

    /** The value in effect: {@code value} checked before, or the default when null. */
    default Object valueOrDefault(Object value) {
        return value == null ? defaultValue() : value;
    }

    static Hyperparameter integer(String name, int min, int max, int defaultValue) {
        return new IntegerParameter(name, min, max, defaultValue);
    }

    static Hyperparameter number(String name, double min, double max, double defaultValue) {
        return new NumberParameter(name, min, max, defaultValue);
    }

    static Hyperparameter bool(String name, boolean defaultValue) {
        return new BooleanParameter(name, defaultValue);
    }

    static Hyperparameter choice(String name, List<String> allowed, String defaultValue) {
        return new ChoiceParameter(name, List.copyOf(allowed), defaultValue);
    }

    static Hyperparameter integers(String name, int minEntries, int maxEntries, int min, int max, List<Integer> defaultValue) {
        return new IntegerListParameter(name, minEntries, maxEntries, min, max, List.copyOf(defaultValue));
    }

    /** Free text, e.g. a column name; null by default (the trainer then decides). */
    static Hyperparameter text(String name, int maxLength) {
        return new TextParameter(name, maxLength);
    }

    private static String field(String name) {
        return "hyperparameters." + name;
    }

    private static Violation wrongType(String field, String expected) {
        return Violation.of(field, "field.wrong-type", "expected", expected);
    }

    private static Violation outOfRange(String field, Object min, Object max) {
        return new Violation(field, "field.out-of-range", Map.of("min", min, "max", max));
    }

    /** An integral value of a JSON number, or null when it is no integer (1.5, a string, …). */
    private static Long integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    record IntegerParameter(String name, int min, int max, Integer defaultValue) implements Hyperparameter {
        @Override
        public List<Violation> check(Object value) {
            return checkInteger(field(name), value, min, max);
        }

        @Override
        public Object valueOrDefault(Object value) {
            return value == null ? defaultValue : (int) (long) integral(value);
        }

        static List<Violation> checkInteger(String field, Object value, int min, int max) {
            Long integer = integral(value);
            if (integer == null) {
                return List.of(wrongType(field, "integer"));
            }
            return integer < min || integer > max ? List.of(outOfRange(field, min, max)) : List.of();
        }
    }

    record NumberParameter(String name, double min, double max, Double defaultValue) implements Hyperparameter {
        @Override
        public List<Violation> check(Object value) {
            if (!(value instanceof Number number)) {
                return List.of(wrongType(field(name), "number"));
            }
            double v = number.doubleValue();
            if (!Double.isFinite(v)) {
                return List.of(Violation.of(field(name), "field.not-finite"));
            }
            return v < min || v > max ? List.of(outOfRange(field(name), min, max)) : List.of();
        }

        @Override
        public Object valueOrDefault(Object value) {
            return value == null ? defaultValue : ((Number) value).doubleValue();
        }
    }

    record BooleanParameter(String name, Boolean defaultValue) implements Hyperparameter {
        @Override
        public List<Violation> check(Object value) {
            return value instanceof Boolean ? List.of() : List.of(wrongType(field(name), "boolean"));
        }
    }

    record ChoiceParameter(String name, List<String> allowed, String defaultValue) implements Hyperparameter {
        @Override
        public List<Violation> check(Object value) {
            if (!(value instanceof String text)) {
                return List.of(wrongType(field(name), "text"));
            }
            return allowed.contains(text) ? List.of()
                    : List.of(Violation.of(field(name), "field.invalid-choice", "allowed", String.join(", ", allowed)));
        }
    }

    record IntegerListParameter(String name, int minEntries, int maxEntries, int min, int max, List<Integer> defaultValue)
            implements Hyperparameter {
        @Override
        public List<Violation> check(Object value) {
            if (!(value instanceof List<?> list)) {
                return List.of(wrongType(field(name), "integers"));
            }
            if (list.size() < minEntries) {
                return List.of(Violation.of(field(name), "field.too-few", "min", minEntries));
            }
            if (list.size() > maxEntries) {
                return List.of(Violation.of(field(name), "field.too-many", "max", maxEntries));
            }
            List<Violation> violations = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                violations.addAll(IntegerParameter.checkInteger(field(name) + "[" + i + "]", list.get(i), min, max));
            }
            return violations;
        }

        @Override
        public Object valueOrDefault(Object value) {
            return value == null ? defaultValue
                    : ((List<?>) value).stream().map(entry -> (int) (long) integral(entry)).toList();
        }
    }

    record TextParameter(String name, int maxLength) implements Hyperparameter {
        @Override
        public Object defaultValue() {
            return null;
        }

        @Override
        public List<Violation> check(Object value) {
            if (!(value instanceof String text)) {
                return List.of(wrongType(field(name), "text"));
            }
            if (text.isBlank()) {
                return List.of(Violation.of(field(name), "field.not-empty"));
            }
            return text.length() > maxLength ? List.of(Violation.of(field(name), "field.too-long", "max", maxLength)) : List.of();
        }
    }

    /** The names of {@code parameters}, for messages that list what is allowed. */
    static String names(List<Hyperparameter> parameters) {
        return parameters.stream().map(Hyperparameter::name).collect(Collectors.joining(", "));
    }
}
