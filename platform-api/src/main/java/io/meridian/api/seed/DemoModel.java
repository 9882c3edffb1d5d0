package io.meridian.api.seed;

import java.util.List;
import java.util.Map;

/**
 * One of the demo tenant's ready models: the dataset shipped with the project that trains it
 * (a classpath resource), and the training job that does.
 *
 * @param model           the registered model's name
 * @param dataset         the uploaded dataset's name
 * @param resource        the CSV on the classpath
 * @param labelColumn     the column the model predicts
 * @param trainer         the trainer the job names
 * @param hyperparameters the job's hyperparameters
 * @param seed            the job's seed: the held-out split, and so the measured accuracy, repeat
 */
public record DemoModel(String model, String dataset, String resource, String labelColumn, String trainer,
                        Map<String, Object> hyperparameters, long seed) {

    /** Support tickets in the eight languages → one of six intents. */
    public static final DemoModel SUPPORT_INTENT = new DemoModel("support-intent", "demo-support-tickets",
            "demo/support-tickets.csv", "intent", "tribuo-text-classification",
            // named: short texts that repeat could be inferred as a category, and then the trainer would find no text column
            Map.of("textColumn", "text", "epochs", 20), 42);

    /** A customer's contract and usage → stay or churn. */
    public static final DemoModel CHURN = new DemoModel("churn-demo", "demo-churn", "demo/churn.csv", "outcome",
            "tribuo-logistic-regression", Map.of("epochs", 10), 42);

    public static final List<DemoModel> ALL = List.of(SUPPORT_INTENT, CHURN);
}
