package io.meridian.training.trainers;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

import java.util.List;

/** The multilayer perceptron of {@code djl-mlp}: fully connected hidden layers, then one logit per label. */
public final class MlpNetwork {

    public static final List<String> ACTIVATIONS = List.of("relu", "tanh", "sigmoid");

    private MlpNetwork() {
    }

    public static Block build(List<Integer> hiddenSizes, String activation, int outputs) {
        SequentialBlock block = new SequentialBlock();
        for (int size : hiddenSizes) {
            block.add(Linear.builder().setUnits(size).build());
            block.add(activation(activation));
        }
        // logits: the softmax is in the loss, and in serving
        block.add(Linear.builder().setUnits(outputs).build());
        return block;
    }

    private static Block activation(String name) {
        return switch (name) {
            case "relu" -> Activation.reluBlock();
            case "tanh" -> Activation.tanhBlock();
            case "sigmoid" -> Activation.sigmoidBlock();
            default -> throw new IllegalArgumentException("no activation " + name + " (" + ACTIVATIONS + ")");
        };
    }
}
