package io.meridian.training.trainers;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;

import java.util.function.Consumer;

/**
 * The PyTorch engine of DJL, loaded only from the native jars on the classpath. DJL would
 * otherwise download a native library at run time when it misses one; offline mode turns that
 * into an error, which locked-down hosts need (and which shows a broken classpath at once).
 */
public final class DjlEngines {

    public static final String ENGINE = "PyTorch";

    private DjlEngines() {
    }

    /** The engine; call before any other DJL use in the process. */
    public static synchronized Engine pytorch() {
        // set before the engine's first load, which reads them
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.default_engine", ENGINE);
        try {
            return Engine.getEngine(ENGINE);
        } catch (EngineException e) {
            throw new EngineException("PyTorch's native library is not on the classpath (ai.djl.pytorch:pytorch-native-cpu"
                    + " with classifier linux-x86_64, and pytorch-jni of the same PyTorch and DJL versions); DJL may not"
                    + " download it at run time", e);
        }
    }

    /**
     * The device to train on: a GPU only when the job was granted one and DJL sees one, else
     * the CPU (and the log says why, when a GPU was granted).
     */
    public static Device device(int gpusGranted, Consumer<String> log) {
        int visible = pytorch().getGpuCount();
        if (gpusGranted > 0 && visible > 0) {
            return Device.gpu(0);
        }
        if (gpusGranted > 0) {
            log.accept(gpusGranted + " GPU(s) granted, but DJL sees none: training on the CPU");
        }
        return Device.cpu();
    }
}
