package io.meridian.api.serving;

import io.meridian.registry.Feature;
import io.meridian.registry.FeatureType;

import java.util.Set;

/**
 * Which v2 datatypes carry which feature type. Metadata names one per type; requests may use any
 * width of the same kind, since JSON numbers have no width (a client sending FP64 for a FLOAT is right).
 */
final class OipDatatypes {

    static final String BYTES = "BYTES";
    static final String FP32 = "FP32";
    static final String INT64 = "INT64";
    static final String BOOL = "BOOL";

    private static final Set<String> FLOATS = Set.of("FP16", "BF16", FP32, "FP64");
    private static final Set<String> INTEGERS = Set.of("INT8", "INT16", "INT32", INT64, "UINT8", "UINT16", "UINT32", "UINT64");

    private OipDatatypes() {
    }

    /** The datatype the model's metadata announces for an input. */
    static String of(Feature input) {
        return switch (input.type()) {
            case FLOAT, TENSOR -> FP32;
            case INTEGER -> INT64;
            case BOOLEAN -> BOOL;
            case CATEGORY, TEXT -> BYTES;
        };
    }

    /** Whether a request may send {@code datatype} for the input; tensors take integers too (pixels are often UINT8). */
    static boolean accepts(FeatureType type, String datatype) {
        return switch (type) {
            case FLOAT -> FLOATS.contains(datatype);
            case INTEGER -> INTEGERS.contains(datatype);
            case BOOLEAN -> BOOL.equals(datatype);
            case CATEGORY, TEXT -> BYTES.equals(datatype);
            case TENSOR -> FLOATS.contains(datatype) || INTEGERS.contains(datatype);
        };
    }

    /** Whether one element of the tensor's data has the datatype's JSON form (range and finiteness are validation's). */
    static boolean holds(String datatype, Object value) {
        if (value == null) {
            return true; // a missing tabular value; validation decides whether the input may miss it
        }
        return switch (datatype) {
            case BYTES -> value instanceof String;
            case BOOL -> value instanceof Boolean;
            default -> value instanceof Number;
        };
    }
}
