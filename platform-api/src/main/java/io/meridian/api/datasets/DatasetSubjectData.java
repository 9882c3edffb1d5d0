package io.meridian.api.datasets;

import io.meridian.api.database.TenantDb;
import io.meridian.api.subjects.PersonalDataSource;
import io.meridian.api.subjects.PreparedErasure;
import io.meridian.api.subjects.SubjectViews;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.subjects.CsvSubjectEraser;
import io.meridian.compliance.subjects.CsvSubjectFinder;
import io.meridian.compliance.subjects.SubjectMatcher;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's CSV datasets as a source of personal data: each one's stored content (after the
 * upload's PII treatment) streamed from its region's store and matched record by record. IDX
 * image datasets hold no identifiers and are not read.
 */
@Singleton
public final class DatasetSubjectData implements PersonalDataSource {

    public static final String SOURCE = "dataset";

    private final TenantDb db;
    private final DatasetBlobs blobs;
    private final JsonMapper json;
    private final Path spool;

    DatasetSubjectData(TenantDb db, DatasetBlobs blobs, JsonMapper json, DatasetService datasets) {
        this.db = db;
        this.blobs = blobs;
        this.json = json;
        this.spool = datasets.spool();
    }

    @Override
    public SubjectViews.Findings find(UUID tenantId, SubjectMatcher matcher) {
        List<SubjectViews.Holding> holdings = new ArrayList<>();
        List<SubjectViews.Unsearchable> unsearchable = new ArrayList<>();
        for (StoredDataset dataset : csvDatasets(tenantId)) {
            redacted(dataset, matcher).ifPresent(unsearchable::add);
            List<CsvSubjectFinder.Found> found = new ArrayList<>();
            List<String> header;
            try (Reader content = content(tenantId, dataset)) {
                header = new CsvSubjectFinder(matcher).find(content, found::add);
            } catch (IOException e) {
                throw unreadable(dataset, e);
            }
            if (!found.isEmpty()) {
                holdings.add(new SubjectViews.Holding(SOURCE, dataset.id().toString(), dataset.name(), dataset.region(), header,
                        found.stream().map(record -> held(record, header)).toList()));
            }
        }
        return new SubjectViews.Findings(holdings, unsearchable);
    }

    @Override
    public PreparedErasure prepareErasure(UUID tenantId, SubjectMatcher matcher) {
        List<DatasetErasure.Rewrite> rewrites = new ArrayList<>();
        List<SubjectViews.Unsearchable> unsearchable = new ArrayList<>();
        DatasetErasure erasure = new DatasetErasure(blobs, tenantId, rewrites, unsearchable);
        try {
            Files.createDirectories(spool);
            for (StoredDataset dataset : csvDatasets(tenantId)) {
                redacted(dataset, matcher).ifPresent(unsearchable::add);
                rewrite(tenantId, dataset, matcher).ifPresent(rewrites::add);
            }
            return erasure;
        } catch (IOException e) {
            erasure.abandoned();
            throw new UncheckedIOException("erasure could not be prepared", e);
        } catch (RuntimeException e) {
            erasure.abandoned();
            throw e;
        }
    }

    /** The dataset's content without the subject's rows, stored beside the old one; empty when it has none. */
    private Optional<DatasetErasure.Rewrite> rewrite(UUID tenantId, StoredDataset dataset, SubjectMatcher matcher) throws IOException {
        Path copy = Files.createTempFile(spool, "erasure-", ".csv");
        try {
            CsvSubjectEraser.Result result;
            try (Reader in = content(tenantId, dataset); Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                result = new CsvSubjectEraser(matcher).copyWithout(in, out);
            }
            if (result.removed() == 0) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(copy)) {
                return Optional.of(new DatasetErasure.Rewrite(dataset, blobs.put(tenantId, dataset.region(), in), result));
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private List<StoredDataset> csvDatasets(UUID tenantId) {
        return db.inTenant(tenantId, handle -> DatasetRepository.ofFormat(handle, "CSV"));
    }

    private Reader content(UUID tenantId, StoredDataset dataset) throws IOException {
        return new InputStreamReader(blobs.open(tenantId, dataset.region(), dataset.sha256()), StandardCharsets.UTF_8);
    }

    /** The dataset, when its upload's treatment redacted the subject's kind of data: nothing of it can be found there. */
    private Optional<SubjectViews.Unsearchable> redacted(StoredDataset dataset, SubjectMatcher matcher) {
        try {
            DatasetTreatment treatment = json.readValue(dataset.treatment(), DatasetTreatment.class);
            boolean redacted = Operator.REDACT.name().equals(treatment.operators().get(matcher.subject().type().name()));
            return redacted ? Optional.of(new SubjectViews.Unsearchable(SOURCE, dataset.id().toString(), dataset.name(),
                    "REDACTED")) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("stored dataset " + dataset.id() + " unreadable", e);
        }
    }

    private static SubjectViews.HeldRecord held(CsvSubjectFinder.Found found, List<String> header) {
        return new SubjectViews.HeldRecord(found.row(), found.values(), found.matches().stream().map(match -> new SubjectViews.FoundIn(
                match.column() < header.size() ? header.get(match.column()) : "#" + (match.column() + 1), match.form().name())).toList());
    }

    private static UncheckedIOException unreadable(StoredDataset dataset, IOException e) {
        return new UncheckedIOException("content " + dataset.sha256() + " of dataset " + dataset.id() + " unreadable in " + dataset.region(), e);
    }
}
