package io.meridian.training.trainers;

import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.Adam;
import org.tribuo.math.optimisers.SGD;

import java.util.List;

/** The gradient optimisers a Tribuo SGD trainer may be asked for, by hyperparameter value. */
final class TribuoOptimisers {

    static final List<String> NAMES = List.of("adagrad", "adam", "sgd");

    private TribuoOptimisers() {
    }

    static StochasticGradientOptimiser of(String name, double learningRate) {
        return switch (name) {
            case "adagrad" -> new AdaGrad(learningRate, 0.1);
            case "adam" -> new Adam(learningRate, 0.9, 0.999, 1e-8);
            case "sgd" -> SGD.getSimpleSGD(learningRate);
            default -> throw new IllegalArgumentException("no optimiser " + name + " (" + NAMES + ")");
        };
    }
}
