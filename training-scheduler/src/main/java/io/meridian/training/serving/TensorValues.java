package io.meridian.training.serving;

import io.meridian.registry.Violation;

import java.util.List;
import java.util.Map;

/** A tensor input of one row as JSON gives it (nested lists of numbers): its shape checked, and flattened row-major. */
final class TensorValues {

    private TensorValues() {
    }

    /** The shape of one row's value: the signature's shape without its leading free batch dimension (-1). */
    static List<Integer> rowShape(List<Integer> signatureShape) {
        return !signatureShape.isEmpty() && signatureShape.getFirst() == -1 ? signatureShape.subList(1, signatureShape.size())
                : signatureShape;
    }

    /** Values in one row of the shape (a -1 inside counts as 1: such a tensor has no fixed width). */
    static int width(List<Integer> rowShape) {
        int width = 1;
        for (int dimension : rowShape) {
            width *= Math.max(dimension, 1);
        }
        return width;
    }

    /**
     * Adds the first problem of {@code value} against {@code rowShape} to {@code violations}: one
     * per tensor, not one per wrong number. A -1 dimension takes any length.
     */
    static void check(Object value, List<Integer> rowShape, String path, List<Violation> violations) {
        Violation problem = problem(value, rowShape, 0, path);
        if (problem != null) {
            violations.add(problem);
        }
    }

    private static Violation problem(Object value, List<Integer> shape, int depth, String path) {
        if (depth == shape.size()) {
            if (!(value instanceof Number number)) {
                return Violation.of(path, "field.wrong-type", "expected", "number");
            }
            return Double.isFinite(number.doubleValue()) ? null : Violation.of(path, "field.not-finite");
        }
        if (!(value instanceof List<?> list)) {
            return Violation.of(path, "field.wrong-type", "expected", "list");
        }
        int expected = shape.get(depth);
        if (expected >= 0 && list.size() != expected) {
            return new Violation(path, "field.wrong-shape", Map.of("expected", expected, "found", list.size()));
        }
        for (int i = 0; i < list.size(); i++) {
            Violation problem = problem(list.get(i), shape, depth + 1, path + "[" + i + "]");
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Writes a checked value's numbers row-major into {@code out} from {@code offset}; returns the next offset. */
    static int flatten(Object value, double[] out, int offset) {
        if (value instanceof List<?> list) {
            int at = offset;
            for (Object element : list) {
                at = flatten(element, out, at);
            }
            return at;
        }
        out[offset] = ((Number) value).doubleValue();
        return offset + 1;
    }
}
