package io.meridian.api.jobs;

import ai.djl.util.cuda.CudaUtils;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GPUs of this machine, as DJL's CUDA probe finds them (it reads the CUDA runtime when there
 * is one, without loading a deep-learning engine, so startup stays fast). No CUDA: 0, and jobs
 * run on the CPU. Trainers ask the engine again at run time and fall back to the CPU themselves.
 */
@Singleton
final class LocalGpus {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGpus.class);

    private final int count;
    private final String type;

    LocalGpus() {
        int found = 0;
        String name = "cpu";
        try {
            found = CudaUtils.getGpuCount();
            if (found > 0) {
                name = "cuda-" + CudaUtils.getComputeCapability(0);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("no CUDA runtime found ({}); training runs on the CPU", e.toString());
        }
        this.count = found;
        this.type = name;
    }

    int count() {
        return count;
    }

    String type() {
        return type;
    }
}
