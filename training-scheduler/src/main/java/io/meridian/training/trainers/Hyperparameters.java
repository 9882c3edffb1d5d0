package io.meridian.training.trainers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A job's hyperparameters after validation, defaults filled in, read by name and type. */
public final class Hyperparameters {

    private final Map<String, Object> values;

    Hyperparameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public int integer(String name) {
        return (Integer) require(name);
    }

    public double number(String name) {
        return (Double) require(name);
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public String text(String name) {
        return (String) require(name);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) require(name);
    }

    public double testFraction() {
        return number(HyperparameterSpec.TEST_FRACTION.name());
    }

    /** Every value in effect as text, for the version's lineage; lists as {@code [256, 128]}. */
    public Map<String, String> asStrings() {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> String.valueOf(entry.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no hyperparameter " + name);
        }
        return value;
    }
}
