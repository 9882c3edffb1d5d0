package io.meridian.compliance.subjects;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV (first row: header) record by record and hands on the records that hold a subject's
 * identifier, so a dataset of any size is scanned in constant memory.
 */
public final class CsvSubjectFinder {

    /** @param row the record's number among the data rows, from 1 */
    public record Found(long row, List<String> values, List<CellMatch> matches) {
    }

    private final SubjectMatcher matcher;

    public CsvSubjectFinder(SubjectMatcher matcher) {
        this.matcher = matcher;
    }

    /** @return the header; empty for an empty file */
    public List<String> find(Reader csv, Consumer<Found> found) {
        List<String> header = List.of();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            long row = -1;
            for (CsvRecord record : reader) {
                if (row++ < 0) {
                    header = record.getFields();
                    continue;
                }
                List<CellMatch> matches = matcher.match(record.getFields());
                if (!matches.isEmpty()) {
                    found.accept(new Found(row, record.getFields(), matches));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return header;
    }
}
