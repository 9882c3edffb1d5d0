package io.meridian.api.jobs;

import ai.djl.util.cuda.CudaUtils;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * The GPUs of this machine, as DJL's CUDA probe finds them (it reads the CUDA runtime when there
 * is one, without loading a deep-learning engine, so startup stays fast). No CUDA: 0, and jobs
 * run on the CPU. Trainers ask the engine again at run time and fall back to the CPU themselves.
 */
@Singleton
final class LocalGpus {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGpus.class);

    private record Found(int count, String type) {
    }

    // the probe loads JNA and the CUDA runtime if there is one (seconds on some hosts): off the startup path
    private final CompletableFuture<Found> found = CompletableFuture.supplyAsync(LocalGpus::probe,
            task -> Thread.ofPlatform().name("gpu-probe").daemon().start(task));

    private static Found probe() {
        try {
            int count = CudaUtils.getGpuCount();
            return new Found(count, count > 0 ? "cuda-" + CudaUtils.getComputeCapability(0) : "cpu");
        } catch (RuntimeException | LinkageError e) {
            LOG.info("no CUDA runtime found ({}); training runs on the CPU", e.toString());
            return new Found(0, "cpu");
        }
    }

    int count() {
        return found.join().count();
    }

    String type() {
        return found.join().type();
    }
}
