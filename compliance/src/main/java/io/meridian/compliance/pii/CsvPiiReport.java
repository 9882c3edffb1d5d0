package io.meridian.compliance.pii;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a CSV (first row: header) hold which personal data, with counts: what a
 * dataset upload shows and what its policy decision is based on. FastCSV reads it (RFC 4180).
 */
public final class CsvPiiReport {

    /** One column: its name, the values scanned, and the count of values holding each type. */
    public record Column(String name, long values, Map<EntityType, Long> counts) {
        public boolean holdsPii() {
            return !counts.isEmpty();
        }
    }

    private final PiiScanner scanner;

    public CsvPiiReport(PiiScanner scanner) {
        this.scanner = scanner;
    }

    /** Scans at most {@code maxRows} data rows; ragged rows count only the columns they have. */
    public List<Column> scan(Reader csv, long maxRows) {
        Map<Integer, String> names = new LinkedHashMap<>();
        List<Long> values = new ArrayList<>();
        List<Map<EntityType, Long>> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            long rows = -1;
            for (CsvRecord record : reader) {
                if (rows++ < 0) {
                    for (int i = 0; i < record.getFieldCount(); i++) {
                        names.put(i, record.getField(i).trim());
                        values.add(0L);
                        counts.add(new EnumMap<>(EntityType.class));
                    }
                    continue;
                }
                if (rows > maxRows) {
                    break;
                }
                for (int i = 0; i < Math.min(record.getFieldCount(), names.size()); i++) {
                    String value = record.getField(i);
                    values.set(i, values.get(i) + 1);
                    Map<EntityType, Long> columnCounts = counts.get(i);
                    scanner.scan(value).stream().map(PiiMatch::type).distinct()
                            .forEach(type -> columnCounts.merge(type, 1L, Long::sum));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Column> columns = new ArrayList<>();
        names.forEach((index, name) -> columns.add(new Column(name, values.get(index), Map.copyOf(counts.get(index)))));
        return columns;
    }
}
