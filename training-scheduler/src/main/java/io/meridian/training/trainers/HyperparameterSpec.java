package io.meridian.training.trainers;

import io.meridian.registry.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The hyperparameters one trainer accepts: validates a job's map and resolves it with defaults. */
public final class HyperparameterSpec {

    /** Every trainer holds out this fraction of its data when the job brings no test data. */
    public static final Hyperparameter TEST_FRACTION = Hyperparameter.number("testFraction", 0.01, 0.5, 0.2);

    private final Map<String, Hyperparameter> parameters = new LinkedHashMap<>();

    public HyperparameterSpec(Hyperparameter... parameters) {
        for (Hyperparameter parameter : parameters) {
            this.parameters.put(parameter.name(), parameter);
        }
        this.parameters.putIfAbsent(TEST_FRACTION.name(), TEST_FRACTION);
    }

    public List<Hyperparameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public List<Violation> validate(Map<String, Object> hyperparameters) {
        List<Violation> violations = new ArrayList<>();
        // sorted, so that a client sees its violations in a stable order
        for (Map.Entry<String, Object> entry : new TreeMap<>(hyperparameters).entrySet()) {
            Hyperparameter parameter = parameters.get(entry.getKey());
            if (parameter == null) {
                violations.add(Violation.of("hyperparameters." + entry.getKey(), "field.unknown-hyperparameter",
                        "allowed", Hyperparameter.names(parameters())));
            } else {
                // null is of no type: each check says which one it expected
                violations.addAll(parameter.check(entry.getValue()));
            }
        }
        return violations;
    }

    /**
     * The values in effect, defaults included.
     *
     * @throws IllegalArgumentException when {@code hyperparameters} are invalid: jobs are validated when submitted
     */
    public Hyperparameters resolve(Map<String, Object> hyperparameters) {
        List<Violation> violations = validate(hyperparameters);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid hyperparameters: " + violations);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Hyperparameter parameter : parameters.values()) {
            Object value = parameter.valueOrDefault(hyperparameters.get(parameter.name()));
            if (value != null) {
                values.put(parameter.name(), value);
            }
        }
        return new Hyperparameters(values);
    }
}
