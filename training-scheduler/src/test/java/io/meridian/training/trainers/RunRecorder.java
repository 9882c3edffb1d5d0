package io.meridian.training.trainers;

import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.CsvSchemaInference;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** Builds training runs for tests and records what the trainer reported. */
final class RunRecorder {

    final List<EpochProgress> progress = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicBoolean cancelled = new AtomicBoolean();
    /** Cancels the job once this many epochs have been reported (0: never). */
    int cancelAfterEpochs;

    static TrainingData csv(Path file, String labelColumn) throws IOException {
        CsvSchema schema;
        try (Reader reader = Files.newBufferedReader(file)) {
            schema = CsvSchemaInference.infer(reader, labelColumn);
        }
        return new TrainingData("CSV", file, Optional.empty(), Optional.of(schema), "0".repeat(64));
    }

    static TrainingData idx(Path images, Path labels) {
        return new TrainingData("IDX", images, Optional.of(labels), Optional.empty(), "0".repeat(64));
    }

    TrainingRun run(TrainingData data, Optional<TrainingData> testData, Map<String, Object> hyperparameters, int gpus,
                    Path workDirectory) {
        return new TrainingRun(data, testData, hyperparameters, gpus, 42, workDirectory,
                epoch -> {
                    progress.add(epoch);
                    if (cancelAfterEpochs > 0 && progress.size() >= cancelAfterEpochs) {
                        cancelled.set(true);
                    }
                },
                log::add, cancelled::get);
    }

    TrainingRun run(TrainingData data, Map<String, Object> hyperparameters, Path workDirectory) {
        return run(data, Optional.empty(), hyperparameters, 0, workDirectory);
    }
}
