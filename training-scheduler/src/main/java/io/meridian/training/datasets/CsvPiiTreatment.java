package io.meridian.training.datasets;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiMatch;
import io.meridian.compliance.pii.PiiScanner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a CSV with the personal data the policy names treated in every cell (redacted,
 * pseudonymized, …); the header and every other value stay as they were.
 */
public final class CsvPiiTreatment {

    private final PiiScanner scanner;
    private final Anonymizer anonymizer;

    public CsvPiiTreatment(PiiScanner scanner, Anonymizer anonymizer) {
        this.scanner = scanner;
        this.anonymizer = anonymizer;
    }

    /** @return the cells changed */
    public long apply(Reader in, Writer out, Map<EntityType, Operator> operators) {
        long changed = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in);
             CsvWriter writer = CsvWriter.builder().build(out)) {
            boolean header = true;
            for (CsvRecord record : reader) {
                if (header) {
                    writer.writeRecord(record.getFields());
                    header = false;
                    continue;
                }
                List<String> fields = new ArrayList<>(record.getFieldCount());
                for (String value : record.getFields()) {
                    List<PiiMatch> matches = scanner.scan(value).stream().filter(match -> operators.containsKey(match.type())).toList();
                    if (matches.isEmpty()) {
                        fields.add(value);
                    } else {
                        fields.add(anonymizer.apply(value, matches, operators));
                        changed++;
                    }
                }
                writer.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }
}
