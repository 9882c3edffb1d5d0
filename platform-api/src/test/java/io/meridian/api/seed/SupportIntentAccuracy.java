package io.meridian.api.seed;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.CsvSchemaInference;
import io.meridian.training.trainers.CsvTable;
import io.meridian.training.trainers.IcuWordFeatures;
import io.meridian.training.trainers.TrainingData;
import io.meridian.training.trainers.TrainingOutcome;
import io.meridian.training.trainers.TrainingRun;
import io.meridian.training.trainers.TribuoModels;
import io.meridian.training.trainers.TribuoTextClassificationTrainer;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How well the demo intent model does per language: k-fold cross-validation of the text trainer
 * with the seeder's hyperparameters on {@code demo/support-tickets.csv} (every row is tested once;
 * a 20 % hold-out leaves only about 14 rows per language, too few to compare languages). Prints
 * accuracy per language and overall; not a test, since it takes a while. Run with the test classpath:
 * {@code java -cp … io.meridian.api.seed.SupportIntentAccuracy [folds] [name=value …]}.
 */
public final class SupportIntentAccuracy {

    private SupportIntentAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        int folds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, Object> hyperparameters = new LinkedHashMap<>(DemoModel.SUPPORT_INTENT.hyperparameters());
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            hyperparameters.put(pair[0], pair[1].matches("-?[0-9.]+(e-?[0-9]+)?") ? (Object) Double.valueOf(pair[1])
                    : pair[1].equals("true") || pair[1].equals("false") ? (Object) Boolean.valueOf(pair[1]) : pair[1]);
            if (hyperparameters.get(pair[0]) instanceof Double value && value == Math.rint(value) && !pair[1].contains(".")) {
                hyperparameters.put(pair[0], value.intValue());
            }
        }
        Path directory = Files.createTempDirectory("support-intent-cv");
        Path all = directory.resolve("all.csv");
        try (InputStream in = SupportIntentAccuracy.class.getResourceAsStream("/" + DemoModel.SUPPORT_INTENT.resource())) {
            Files.copy(in, all);
        }
        CsvTable table = CsvTable.read(all, List.of("text", "language", "intent"));
        int[] fold = new int[table.rows().size()];
        SplittableRandom random = new SplittableRandom(7);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
        for (int k = 0; k < order.size(); k++) {
            fold[order.get(k)] = k % folds;
        }
        Map<String, int[]> byLanguage = new TreeMap<>();
        long started = System.nanoTime();
        for (int f = 0; f < folds; f++) {
            Path train = directory.resolve("train-" + f + ".csv");
            Path test = directory.resolve("test-" + f + ".csv");
            List<String[]> testRows = new ArrayList<>();
            try (CsvWriter trainOut = CsvWriter.builder().build(Files.newBufferedWriter(train, StandardCharsets.UTF_8));
                 CsvWriter testOut = CsvWriter.builder().build(Files.newBufferedWriter(test, StandardCharsets.UTF_8))) {
                trainOut.writeRecord(table.columns());
                testOut.writeRecord(table.columns());
                for (int i = 0; i < fold.length; i++) {
                    String[] row = table.rows().get(i);
                    if (fold[i] == f) {
                        testOut.writeRecord(row);
                        testRows.add(row);
                    } else {
                        trainOut.writeRecord(row);
                    }
                }
            }
            Path work = Files.createDirectories(directory.resolve("work-" + f));
            TrainingOutcome outcome = new TribuoTextClassificationTrainer().train(new TrainingRun(csv(train), Optional.of(csv(test)),
                    hyperparameters, 0, 42, work, progress -> { }, line -> { }, () -> false));
            @SuppressWarnings("unchecked")
            Model<Label> model = (Model<Label>) TribuoModels.load(outcome.artifact());
            for (String[] row : testRows) {
                Map<String, Double> features = IcuWordFeatures.of(row[0], Boolean.TRUE.equals(hyperparameters.get("bigrams")));
                // a text without a known word gets no prediction here: it counts as wrong
                boolean known = features.keySet().stream().anyMatch(name -> model.getFeatureIDMap().getID(name) >= 0);
                String predicted = !known ? "" : model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                        features.keySet().toArray(String[]::new), features.values().stream().mapToDouble(Double::doubleValue).toArray()))
                        .getOutput().getLabel();
                int[] counts = byLanguage.computeIfAbsent(row[1], language -> new int[2]);
                counts[0] += predicted.equals(row[2]) ? 1 : 0;
                counts[1]++;
            }
        }
        int right = 0;
        int total = 0;
        System.out.printf(Locale.ROOT, "%d-fold cross-validation, %s, %.1f s%n", folds, hyperparameters, (System.nanoTime() - started) / 1e9);
        for (var entry : byLanguage.entrySet()) {
            right += entry.getValue()[0];
            total += entry.getValue()[1];
            System.out.printf(Locale.ROOT, "%-6s %.3f (%d of %d)%n", entry.getKey(), entry.getValue()[0] / (double) entry.getValue()[1],
                    entry.getValue()[0], entry.getValue()[1]);
        }
        System.out.printf(Locale.ROOT, "all    %.3f (%d of %d)%n", right / (double) total, right, total);
    }

    private static TrainingData csv(Path file) throws java.io.IOException {
        CsvSchema schema;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            schema = CsvSchemaInference.infer(reader, "intent");
        }
        return new TrainingData("CSV", file, Optional.empty(), Optional.of(schema), "0".repeat(64));
    }
}
