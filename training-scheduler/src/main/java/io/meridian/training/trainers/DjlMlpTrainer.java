package io.meridian.training.trainers;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.meridian.registry.ArtifactFormat;
import io.meridian.registry.Metrics;
import io.meridian.registry.ModelTask;
import io.meridian.registry.Signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code djl-mlp}: a multilayer perceptron classifier on DJL's PyTorch engine, on CSV (numbers
 * standardized, categories one-hot) or IDX images (pixels / 255); on a GPU when the job was
 * granted one and one is there. The artifact is the DJL model directory zipped with
 * {@link MlpServingSpec} inside.
 */
public final class DjlMlpTrainer extends DeclaredTrainer {

    public static final String NAME = "djl-mlp";
    static final String HIDDEN_SIZES = "hiddenSizes";
    static final String ACTIVATION = "activation";
    static final String EPOCHS = "epochs";
    static final String BATCH_SIZE = "batchSize";
    static final String LEARNING_RATE = "learningRate";
    static final String OPTIMIZER = "optimizer";

    private static final HyperparameterSpec SPEC = new HyperparameterSpec(
            Hyperparameter.integers(HIDDEN_SIZES, 0, 8, 1, 8192, List.of(256, 128)),
            Hyperparameter.choice(ACTIVATION, MlpNetwork.ACTIVATIONS, "relu"),
            Hyperparameter.integer(EPOCHS, 1, 1000, 12),
            Hyperparameter.integer(BATCH_SIZE, 1, 65_536, 128),
            Hyperparameter.number(LEARNING_RATE, 1e-7, 10, 1e-3),
            Hyperparameter.choice(OPTIMIZER, List.of("adam", "sgd"), "adam"));

    public DjlMlpTrainer() {
        super(NAME, List.of("CSV", "IDX"), true, SPEC);
    }

    @Override
    public TrainingOutcome train(TrainingRun run) throws Exception {
        Hyperparameters hyperparameters = SPEC.resolve(run.hyperparameters());
        List<Integer> hidden = hyperparameters.integers(HIDDEN_SIZES);
        String activation = hyperparameters.text(ACTIVATION);
        Inputs inputs = "IDX".equals(run.data().format())
                ? Inputs.images(run, hyperparameters.testFraction(), hidden, activation)
                : Inputs.csv(run, hyperparameters.testFraction(), hidden, activation);
        DenseExamples train = inputs.train();
        MlpServingSpec spec = inputs.spec();

        DjlEngines.pytorch().setRandomSeed((int) run.seed());
        Device device = DjlEngines.device(run.gpus(), run.log());
        run.log().accept("training MLP " + train.width() + "-" + hidden + "-" + spec.labels().size() + " (" + activation
                + ") on " + device + ", " + train.size() + " examples");
        try (Model model = Model.newInstance(NAME, device, DjlEngines.ENGINE)) {
            model.setBlock(MlpNetwork.build(hidden, activation, spec.labels().size()));
            EpochRecorder recorder = new EpochRecorder(run, hyperparameters.integer(EPOCHS));
            MlpFit fit = new MlpFit(optimizer(hyperparameters.text(OPTIMIZER), (float) hyperparameters.number(LEARNING_RATE)),
                    hyperparameters.integer(EPOCHS), hyperparameters.integer(BATCH_SIZE), run.seed());
            List<String> predicted = fit.train(model, device, train, inputs.test(), recorder, run::checkCancelled).stream()
                    .map(index -> spec.labels().get(index)).toList();
            Metrics metrics = ClassificationEvaluation.of(spec.labels(), List.of(inputs.test().labels()), predicted,
                    recorder.lossCurve());
            Path artifact = save(model, spec, run.workDirectory());
            return new TrainingOutcome(artifact, ArtifactFormat.DJL_PYTORCH, inputs.task(), inputs.signature(), metrics,
                    hyperparameters.asStrings(), null, device.toString());
        }
    }

    /** A run's data as the network takes it, with what the version will say about it. */
    private record Inputs(DenseExamples train, DenseExamples test, MlpServingSpec spec, Signature signature, ModelTask task) {

        static Inputs images(TrainingRun run, double testFraction, List<Integer> hidden, String activation) {
            IdxTrainingData data = IdxTrainingData.load(run, testFraction);
            List<String> labels = data.trainingLabels();
            return new Inputs(DenseExamples.fromImages(data.train(), labels), DenseExamples.fromImages(data.test(), labels),
                    MlpServingSpec.image(data.rows(), data.cols(), labels, hidden, activation),
                    new Signature(List.of(IdxFeatures.signatureInput(data.rows(), data.cols())), labels),
                    ModelTask.IMAGE_CLASSIFICATION);
        }

        static Inputs csv(TrainingRun run, double testFraction, List<Integer> hidden, String activation) {
            CsvTrainingData data = CsvTrainingData.load(run, testFraction);
            TabularEncoder encoder = TabularEncoder.fit(data.schema(), data.train());
            int labelColumn = data.labelColumn();
            List<String> labels = LabelOrder.of(data.train().rows().stream().map(row -> row[labelColumn]).toList());
            return new Inputs(DenseExamples.fromCsv(data.train(), encoder, labelColumn, labels),
                    DenseExamples.fromCsv(data.test(), encoder, labelColumn, labels),
                    MlpServingSpec.tabular(encoder, labels, hidden, activation),
                    new Signature(encoder.signatureInputs(), labels), ModelTask.CLASSIFICATION);
        }
    }

    private static Optimizer optimizer(String name, float learningRate) {
        return switch (name) {
            case "adam" -> Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build();
            case "sgd" -> Optimizer.sgd().setLearningRateTracker(Tracker.fixed(learningRate)).build();
            default -> throw new IllegalArgumentException("no optimizer " + name);
        };
    }

    /** The DJL model directory (parameters and the serving spec), zipped into one artifact. */
    private static Path save(Model model, MlpServingSpec spec, Path workDirectory) throws java.io.IOException {
        Path directory = Files.createDirectories(workDirectory.resolve("djl-model"));
        model.save(directory, MlpServingSpec.PARAMETERS_NAME);
        Files.writeString(directory.resolve(MlpServingSpec.FILE_NAME), spec.toJson());
        return Zips.zip(directory, workDirectory.resolve("model.zip"));
    }
}
