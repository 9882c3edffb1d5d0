package io.meridian.training.executors.kubernetes;

import java.util.Objects;
import java.util.Set;

/**
 * A taint a pool's GPU nodes carry that training pods tolerate, e.g. {@code nvidia.com/gpu} {@code Exists}
 * {@code NoSchedule}. Kept apart from fabric8's model so that pool configuration does not depend on the client.
 *
 * @param operator {@code Exists} (then {@code value} is null) or {@code Equal}
 * @param effect   {@code NoSchedule}, {@code PreferNoSchedule}, {@code NoExecute}, or null for all effects
 */
public record PoolToleration(String key, String operator, String value, String effect) {

    private static final Set<String> OPERATORS = Set.of("Exists", "Equal");
    private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    public PoolToleration {
        Objects.requireNonNull(key, "key");
        if (!OPERATORS.contains(operator)) {
            throw new IllegalArgumentException("toleration operator must be one of " + OPERATORS + ": " + operator);
        }
        if ("Exists".equals(operator) && value != null) {
            throw new IllegalArgumentException("a toleration with operator Exists takes no value: " + key);
        }
        if (effect != null && !EFFECTS.contains(effect)) {
            throw new IllegalArgumentException("toleration effect must be one of " + EFFECTS + ": " + effect);
        }
    }

    /** The usual one for GPU nodes tainted by the NVIDIA GPU operator or a cloud's GPU node pools. */
    public static PoolToleration exists(String key, String effect) {
        return new PoolToleration(key, "Exists", null, effect);
    }
}
