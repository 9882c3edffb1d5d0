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

    private final List<PoolSettings> pools;

    TrainingPools(Environment environment, RegionCatalog regions, LocalGpus localGpus,
                  @Value("${meridian.training.workers:2}") int workers) {
        List<PoolSettings> configured = new ArrayList<>();
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
            Optional<String> gpus = environment.getProperty(prefix + "gpus", String.class);
            int gpuCount = gpus.isEmpty() || gpus.get().equals("auto") ? localGpus.count() : Integer.parseInt(gpus.get());
            String gpuType = environment.getProperty(prefix + "gpu-type", String.class, gpuCount == 0 ? "cpu" : "gpu");
            int slots = environment.getProperty(prefix + "slots", Integer.class, workers);
            if (gpuCount < 0 || slots < 1) {
                throw new IllegalStateException(prefix + ": gpus must be >= 0 and slots >= 1");
            }
            configured.add(new PoolSettings(new Pool(name, region, gpuType, gpuCount, slots), executor));
        }
        if (configured.isEmpty()) {
            int gpus = localGpus.count();
            for (String region : regions.codes()) {
                configured.add(new PoolSettings(new Pool(region + "-local", region, gpus == 0 ? "cpu" : localGpus.type(), gpus, workers),
                        PoolSettings.IN_PROCESS));
            }
        }
        configured.sort(Comparator.comparing(PoolSettings::name));
        this.pools = List.copyOf(configured);
    }

    public List<PoolSettings> all() {
        return pools;
    }

    public List<Pool> pools() {
        return pools.stream().map(PoolSettings::pool).toList();
    }

    public List<Pool> inRegion(String region) {
        return pools().stream().filter(pool -> pool.region().equals(region)).toList();
    }

    List<String> inProcessNames() {
        return pools.stream().filter(PoolSettings::inProcess).map(PoolSettings::name).toList();
    }

    List<String> kubernetesNames() {
        return pools.stream().filter(pool -> PoolSettings.KUBERNETES.equals(pool.executor())).map(PoolSettings::name).toList();
    }

    Optional<PoolSettings> named(String name) {
        return pools.stream().filter(pool -> pool.name().equals(name)).findFirst();
    }

    /** The most GPUs any one pool has: a job asking more can never run. */
    int largestGpuCount() {
        return pools.stream().mapToInt(pool -> pool.pool().gpus()).max().orElse(0);
    }
}
