package io.meridian.training.trainers;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a {@code djl-mlp} artifact (the zip) for serving: the network rebuilt from its spec, its weights loaded. */
public final class DjlMlpModels {

    private DjlMlpModels() {
    }

    /** A loaded model; close it to free its native memory. */
    public record LoadedMlp(Model model, MlpServingSpec spec) implements AutoCloseable {

        /** The probability of each label (in {@code spec().labels()} order) for one encoded input row. */
        public float[] probabilities(float[] encoded) {
            if (encoded.length != spec.inputWidth()) {
                throw new IllegalArgumentException("expected " + spec.inputWidth() + " values, got " + encoded.length);
            }
            try (NDManager manager = model.getNDManager().newSubManager()) {
                NDArray input = manager.create(encoded, new Shape(1, encoded.length));
                NDArray logits = model.getBlock().forward(new ParameterStore(manager, false), new NDList(input), false)
                        .singletonOrThrow();
                return logits.softmax(1).toFloatArray();
            }
        }

        @Override
        public void close() {
            model.close();
        }
    }

    /** Unzips {@code artifact} into {@code directory} (empty or new) and loads it on {@code device}. */
    public static LoadedMlp load(Path artifact, Path directory, Device device) throws IOException, MalformedModelException {
        Zips.unzip(artifact, directory);
        MlpServingSpec spec = MlpServingSpec.fromJson(Files.readString(directory.resolve(MlpServingSpec.FILE_NAME)));
        Model model = Model.newInstance(DjlMlpTrainer.NAME, device, DjlEngines.pytorch().getEngineName());
        try {
            model.setBlock(MlpNetwork.build(spec.hiddenSizes(), spec.activation(), spec.labels().size()));
            model.load(directory, spec.parametersName());
            return new LoadedMlp(model, spec);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
