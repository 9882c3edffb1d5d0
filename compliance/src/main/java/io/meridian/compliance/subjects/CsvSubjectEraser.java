package io.meridian.compliance.subjects;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Copies a CSV without the records that hold a subject's identifier, streaming. The header and
 * every other record keep their values; the copy is written as RFC 4180 (CRLF, quotes where
 * needed), the form the platform writes treated datasets in.
 */
public final class CsvSubjectEraser {

    /** @param removed the data rows left out; {@code kept} those copied */
    public record Result(long removed, long kept) {
    }

    private final SubjectMatcher matcher;

    public CsvSubjectEraser(SubjectMatcher matcher) {
        this.matcher = matcher;
    }

    public Result copyWithout(Reader in, Writer out) {
        long removed = 0;
        long kept = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in);
             CsvWriter writer = CsvWriter.builder().build(out)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    writer.writeRecord(record.getFields());
                    header = false;
                } else if (matcher.match(record.getFields()).isEmpty()) {
                    writer.writeRecord(record.getFields());
                    kept++;
                } else {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(removed, kept);
    }
}
