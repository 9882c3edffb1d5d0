package io.meridian.training.trainers;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.meridian.training.datasets.DatasetFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV dataset read into memory with its columns in a given order (a test file may order its
 * columns differently from the training file): each row's values stripped, empty meaning missing.
 */
public record CsvTable(List<String> columns, List<String[]> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
    }

    /** Reads {@code file}, whose header must name every one of {@code columns}. */
    public static CsvTable read(Path file, List<String> columns) {
        List<String[]> rows = new ArrayList<>();
        int[] positions = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                if (positions == null) {
                    positions = positions(record, columns);
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
                    continue;
                }
                String[] row = new String[columns.size()];
                for (int i = 0; i < positions.length; i++) {
                    row[i] = positions[i] < record.getFieldCount() ? record.getField(positions[i]).strip() : "";
                }
                rows.add(row);
            }
        } catch (CsvParseException e) {
            throw new DatasetFormatException("field.unreadable-csv", Map.of("reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new DatasetFormatException("field.unreadable-csv", Map.of("reason", String.valueOf(e.getMessage())));
        }
        if (positions == null) {
            throw new DatasetFormatException("field.empty-dataset", Map.of());
        }
        return new CsvTable(columns, rows);
    }

    private static int[] positions(CsvRecord header, List<String> columns) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            byName.putIfAbsent(header.getField(i).strip(), i);
        }
        int[] positions = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Integer position = byName.get(columns.get(i));
            if (position == null) {
                throw new DatasetFormatException("field.unknown-column", Map.of("column", columns.get(i)));
            }
            positions[i] = position;
        }
        return positions;
    }

    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new DatasetFormatException("field.unknown-column", Map.of("column", name));
        }
        return index;
    }

    /** The rows at {@code indices}, in that order. */
    public CsvTable select(int[] indices) {
        List<String[]> selected = new ArrayList<>(indices.length);
        for (int index : indices) {
            selected.add(rows.get(index));
        }
        return new CsvTable(columns, selected);
    }

    /** The rows whose value in {@code column} is present. */
    public CsvTable withValueIn(int column) {
        return new CsvTable(columns, rows.stream().filter(row -> !row[column].isEmpty()).toList());
    }
}
