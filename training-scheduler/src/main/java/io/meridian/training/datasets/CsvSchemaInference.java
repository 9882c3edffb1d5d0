package io.meridian.training.datasets;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV (RFC 4180, first row the header) once and infers each column's type from all its
 * values: integers, then floating point, then booleans, then a category when it has few distinct
 * values that repeat, else text. Refuses what training could not use: no header, blank or repeated names,
 * rows of another width than the header, no data rows.
 */
public final class CsvSchemaInference {

    /** At most this many distinct values make a column a category; counting stops above it. */
    public static final int DISTINCT_CAP = 50;
    public static final int MAX_COLUMNS = 10_000;

    private CsvSchemaInference() {
    }

    /** @param labelColumn the column to predict; null for the last column */
    public static CsvSchema infer(Reader csv, String labelColumn) {
        List<Column> columns = new ArrayList<>();
        long rows = 0;
        // widths are checked here, to name the row and both widths
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                if (columns.isEmpty()) {
                    header(record, columns);
                    continue;
                }
                rows++;
                if (record.getFieldCount() != columns.size()) {
                    throw new DatasetFormatException("field.ragged-row", Map.of("row", rows + 1,
                            "found", record.getFieldCount(), "expected", columns.size()));
                }
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).add(record.getField(i));
                }
            }
        } catch (CsvParseException e) {
            throw new DatasetFormatException("field.unreadable-csv", Map.of("reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns.isEmpty()) {
            throw new DatasetFormatException("field.empty-dataset", Map.of());
        }
        if (rows == 0) {
            throw new DatasetFormatException("field.no-rows", Map.of());
        }
        String label = labelColumn == null ? columns.getLast().name : labelColumn;
        if (columns.stream().noneMatch(column -> column.name.equals(label))) {
            throw new DatasetFormatException("field.unknown-column", Map.of("column", label));
        }
        return new CsvSchema(columns.stream().map(Column::profile).toList(), rows, label);
    }

    private static void header(CsvRecord record, List<Column> columns) {
        if (record.getFieldCount() > MAX_COLUMNS) {
            throw new DatasetFormatException("field.too-many-columns", Map.of("max", MAX_COLUMNS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip();
            if (name.isEmpty()) {
                throw new DatasetFormatException("field.blank-column-name", Map.of("position", i + 1));
            }
            if (!seen.add(name)) {
                throw new DatasetFormatException("field.duplicate-column", Map.of("column", name));
            }
            columns.add(new Column(name));
        }
    }

    /** What is known of one column so far. */
    private static final class Column {
        private final String name;
        private final Set<String> distinct = new HashSet<>();
        private boolean integers = true;
        private boolean numbers = true;
        private boolean booleans = true;
        private long missing;
        private long present;

        Column(String name) {
            this.name = name;
        }

        void add(String raw) {
            String value = raw.strip();
            if (value.isEmpty()) {
                missing++;
                return;
            }
            present++;
            if (distinct.size() <= DISTINCT_CAP) {
                distinct.add(value);
            }
            if (integers && !isInteger(value)) {
                integers = false;
            }
            if (numbers && !integers && !isNumber(value)) {
                numbers = false;
            }
            if (booleans) {
                String lower = value.toLowerCase(Locale.ROOT);
                booleans = lower.equals("true") || lower.equals("false");
            }
        }

        ColumnProfile profile() {
            ColumnType type;
            if (present == 0) {
                type = ColumnType.TEXT;
            } else if (integers) {
                type = ColumnType.INTEGER;
            } else if (numbers) {
                type = ColumnType.FLOAT;
            } else if (booleans) {
                type = ColumnType.BOOLEAN;
            } else if (distinct.size() <= DISTINCT_CAP && distinct.size() < present) {
                // few values, and they repeat: an identifier or free text never does
                type = ColumnType.CATEGORY;
            } else {
                type = ColumnType.TEXT;
            }
            return new ColumnProfile(name, type, missing, distinct.size());
        }

        private static boolean isInteger(String value) {
            int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
            if (start == value.length() || value.length() - start > 18) {
                return false;
            }
            for (int i = start; i < value.length(); i++) {
                if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isNumber(String value) {
            try {
                return Double.isFinite(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
