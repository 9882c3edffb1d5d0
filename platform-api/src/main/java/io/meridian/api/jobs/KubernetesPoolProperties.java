package io.meridian.api.jobs;

import io.meridian.training.executors.kubernetes.ContainerResources;
import io.meridian.training.executors.kubernetes.KubernetesPoolSettings;
import io.meridian.training.executors.kubernetes.PoolToleration;
import io.micronaut.core.naming.conventions.StringConvention;
import io.micronaut.core.type.Argument;
import io.micronaut.core.value.PropertyResolver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code meridian.training.pools.<name>.kubernetes.*} of the pools whose executor is {@code kubernetes}
 * into {@link KubernetesPoolSettings}, which validates them: a bad pool fails the start, not its first job.
 */
final class KubernetesPoolProperties {

    static final String POOLS = "meridian.training.pools";
    /** A taint in kubectl's syntax: {@code key[=value][:effect]}; no value means operator Exists. */
    private static final Pattern TAINT = Pattern.compile("([^=:]+)(?:=([^:]*))?(?::(\\w+))?");

    private KubernetesPoolProperties() {
    }

    /** The names of the pools configured with {@code executor: kubernetes}. */
    static List<String> kubernetesPoolNames(PropertyResolver properties) {
        return properties.getPropertyEntries(POOLS).stream()
                .filter(name -> PoolSettings.KUBERNETES.equals(
                        properties.getProperty(POOLS + "." + name + ".executor", String.class).orElse(null)))
                .sorted()
                .toList();
    }

    /** Each kubernetes pool's settings, by pool name. */
    static Map<String, KubernetesPoolSettings> read(PropertyResolver properties) {
        Map<String, KubernetesPoolSettings> pools = new TreeMap<>();
        for (String name : kubernetesPoolNames(properties)) {
            String prefix = POOLS + "." + name + ".kubernetes.";
            try {
                pools.put(name, settings(properties, prefix));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException(prefix + "*: " + e.getMessage(), e);
            }
        }
        return pools;
    }

    private static KubernetesPoolSettings settings(PropertyResolver properties, String prefix) {
        return new KubernetesPoolSettings(
                text(properties, prefix + "namespace"),
                text(properties, prefix + "image"),
                text(properties, prefix + "image-pull-policy"),
                properties.getProperty(prefix + "command", Argument.listOf(String.class)).orElse(null),
                text(properties, prefix + "service-account"),
                nodeSelector(properties, prefix + "node-selector"),
                properties.getProperty(prefix + "tolerations", Argument.listOf(String.class)).orElse(List.of()).stream()
                        .map(KubernetesPoolProperties::toleration).toList(),
                text(properties, prefix + "gpu-resource"),
                new ContainerResources(text(properties, prefix + "cpu-request"), text(properties, prefix + "cpu-limit"),
                        text(properties, prefix + "memory-request"), text(properties, prefix + "memory-limit")),
                text(properties, prefix + "secret"),
                properties.getProperty(prefix + "active-deadline", Duration.class).orElse(null),
                properties.getProperty(prefix + "ttl-after-finished", Duration.class).orElse(null),
                properties.getProperty(prefix + "kueue", Boolean.class, false),
                text(properties, prefix + "priority-class"));
    }

    /** Raw keys: node labels carry dots and slashes ({@code cloud.google.com/gke-accelerator}). */
    private static Map<String, String> nodeSelector(PropertyResolver properties, String prefix) {
        Map<String, String> selector = new LinkedHashMap<>();
        properties.getProperties(prefix, StringConvention.RAW).forEach((key, value) -> selector.put(key, String.valueOf(value)));
        return selector;
    }

    static PoolToleration toleration(String taint) {
        Matcher matcher = TAINT.matcher(taint.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("toleration is not key[=value][:effect]: " + taint);
        }
        String value = matcher.group(2);
        return new PoolToleration(matcher.group(1), value == null ? "Exists" : "Equal", value, matcher.group(3));
    }

    private static String text(PropertyResolver properties, String key) {
        return properties.getProperty(key, String.class).filter(value -> !value.isBlank()).orElse(null);
    }
}
