package io.meridian.training.trainers;

import io.meridian.registry.Metrics;

import java.util.List;
import java.util.Map;

/** A regression's metrics on its evaluation rows: root mean squared error, mean absolute error, R². */
public final class RegressionEvaluation {

    private RegressionEvaluation() {
    }

    public static Metrics of(double[] truth, double[] predicted, List<Double> lossCurve) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("need as many predictions as true values, and at least one");
        }
        double mean = 0;
        for (double value : truth) {
            mean += value / truth.length;
        }
        double squared = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < truth.length; i++) {
            double error = predicted[i] - truth[i];
            squared += error * error;
            absolute += Math.abs(error);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        // R² is undefined for a constant target; 0 says "no better than the mean" without a NaN in JSON
        double r2 = total == 0 ? 0 : 1 - squared / total;
        return new Metrics(Map.of("rmse", Math.sqrt(squared / truth.length), "mae", absolute / truth.length, "r2", r2),
                lossCurve, null);
    }
}
