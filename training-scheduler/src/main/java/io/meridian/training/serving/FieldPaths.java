package io.meridian.training.serving;

import java.util.regex.Pattern;

/** JSON-path-like names of what a request holds: {@code rows[3].age}, or {@code rows[3]["unit price"]} for other names. */
final class FieldPaths {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private FieldPaths() {
    }

    static String row(int index) {
        return "rows[" + index + "]";
    }

    static String feature(int row, String name) {
        return IDENTIFIER.matcher(name).matches() ? row(row) + "." + name
                : row(row) + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
