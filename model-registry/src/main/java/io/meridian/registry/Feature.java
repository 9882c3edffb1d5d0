package io.meridian.registry;

import java.util.List;

/**
 * One input of a model's signature.
 *
 * @param shape the tensor's dimensions (-1 for a free batch dimension); empty for every other type
 */
public record Feature(String name, FeatureType type, List<Integer> shape) {

    public Feature {
        shape = shape == null ? List.of() : List.copyOf(shape);
    }
}
