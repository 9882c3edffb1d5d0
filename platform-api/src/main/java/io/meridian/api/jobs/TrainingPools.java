package io.meridian.api.jobs;

import io.meridian.compliance.RegionCatalog;
import io.meridian.training.scheduling.Pool;
import io.micronaut.context.env.Environment;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The GPU pools of every region, from {@code meridian.training.pools.<name>.{region, gpu-type,
 * gpus, slots, executor}}. Without any configured, each region gets one in-process pool
 * ({@code <region>-local}) with this machine's GPUs (as DJL reports them) and
 * {@code meridian.training.workers} slots: the embedded, single-machine default.
 */
@Singleton
public final class TrainingPools {

    private static final String PREFIX = "meridian.training.pools";
    private static final Set<String> EXECUTORS = Set.of(PoolSettings.IN_PROCESS, PoolSettings.KUBERNETES);

    /** A pool as configured; {@code gpus} empty: this machine's GPUs, known once the probe has answered. */
    private record Configured(String name, String region, OptionalInt gpus, Optional<String> gpuType, int slots, String executor) {

        PoolSettings resolve(LocalGpus localGpus) {
            int count = gpus.orElseGet(localGpus::count);
            String type = gpuType.orElse(count == 0 ? "cpu" : gpus.isPresent() ? "gpu" : localGpus.type());
            return new PoolSettings(new Pool(name, region, type, count, slots), executor);
        }
    }

    private final List<Configured> configured;
    private final LocalGpus localGpus;
    private volatile List<PoolSettings> pools;

    TrainingPools(Environment environment, RegionCatalog regions, LocalGpus localGpus,
                  @Value("${meridian.training.workers:2}") int workers) {
        this.localGpus = localGpus;
        List<Configured> pools = new ArrayList<>();
        for (String name : environment.getPropertyEntries(PREFIX)) {
            String prefix = PREFIX + "." + name + ".";
            String region = environment.getProperty(prefix + "region", String.class)
                    .orElseThrow(() -> new IllegalStateException(prefix + "region is missing"));
            if (regions.find(region).isEmpty()) {
                throw new IllegalStateException(prefix + "region: unknown region " + region);
            }
            String executor = environment.getProperty(prefix + "executor", String.class, PoolSettings.IN_PROCESS);
            if (!EXECUTORS.contains(executor)) {
                throw new IllegalStateException(prefix + "executor must be one of " + EXECUTORS + ", not " + executor);
            }
            Optional<String> gpus = environment.getProperty(prefix + "gpus", String.class).filter(value -> !value.equals("auto"));
            OptionalInt gpuCount = gpus.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(gpus.get()));
            int slots = environment.getProperty(prefix + "slots", Integer.class, workers);
            if (gpuCount.orElse(0) < 0 || slots < 1) {
                throw new IllegalStateException(prefix + ": gpus must be >= 0 and slots >= 1");
            }
            pools.add(new Configured(name, region, gpuCount, environment.getProperty(prefix + "gpu-type", String.class), slots, executor));
        }
        if (pools.isEmpty()) {
            for (String region : regions.codes()) {
                pools.add(new Configured(region + "-local", region, OptionalInt.empty(), Optional.empty(), workers, PoolSettings.IN_PROCESS));
            }
        }
        pools.sort(Comparator.comparing(Configured::name));
        this.configured = List.copyOf(pools);
    }

    /** Every pool; the first call waits for the GPU probe (it runs while the server starts). */
    public List<PoolSettings> all() {
        List<PoolSettings> resolved = pools;
        if (resolved == null) {
            resolved = configured.stream().map(pool -> pool.resolve(localGpus)).toList();
            pools = resolved;
        }
        return resolved;
    }

    public List<Pool> pools() {
        return all().stream().map(PoolSettings::pool).toList();
    }

    public List<Pool> inRegion(String region) {
        return pools().stream().filter(pool -> pool.region().equals(region)).toList();
    }

    List<String> inProcessNames() {
        return configured.stream().filter(pool -> PoolSettings.IN_PROCESS.equals(pool.executor())).map(Configured::name).toList();
    }

    List<String> kubernetesNames() {
        return configured.stream().filter(pool -> PoolSettings.KUBERNETES.equals(pool.executor())).map(Configured::name).toList();
    }

    Optional<PoolSettings> named(String name) {
        return all().stream().filter(pool -> pool.name().equals(name)).findFirst();
    }

    /** The most GPUs any one pool has: a job asking more can never run. */
    int largestGpuCount() {
        return all().stream().mapToInt(pool -> pool.pool().gpus()).max().orElse(0);
    }
}
