package io.meridian.api.serving;

import io.meridian.api.database.TenantDb;
import io.meridian.api.subjects.PersonalDataSource;
import io.meridian.api.subjects.PreparedErasure;
import io.meridian.api.subjects.SubjectViews;
import io.meridian.compliance.subjects.SubjectMatcher;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's inference logs as a source of personal data: every row's logged input and output
 * (JSON) matched on their text values, the table read in keyset pages of ids so that a big log
 * never sits in memory or in one long transaction. One holding per model and source region.
 * Logged inputs had every recognized kind of personal data redacted, so where a holding logged
 * inputs the subject may have been there unseen: it is reported unsearchable.
 */
@Singleton
final class InferenceLogSubjectData implements PersonalDataSource {

    static final String SOURCE = "inference-log";
    static final List<String> COLUMNS = List.of("id", "at", "model", "version", "input", "output");
    /** The nil UUID: PostgreSQL orders uuids as unsigned bytes, so every id is above it. */
    private static final UUID FIRST = new UUID(0, 0);

    private final TenantDb db;
    private final JsonMapper json;
    private final int page;

    InferenceLogSubjectData(TenantDb db, JsonMapper json, @Value("${meridian.subjects.inference-log-page:1000}") int page) {
        this.db = db;
        this.json = json;
        this.page = page;
    }

    @Override
    public SubjectViews.Findings find(UUID tenantId, SubjectMatcher matcher) {
        List<HoldingScan> scans = scan(tenantId, matcher);
        List<SubjectViews.Holding> holdings = scans.stream().filter(scan -> !scan.found.isEmpty()).map(HoldingScan::holding).toList();
        return new SubjectViews.Findings(holdings, unsearchable(scans));
    }

    /** Reads only: the rows to delete are known now, and deleted in the request's transaction. */
    @Override
    public PreparedErasure prepareErasure(UUID tenantId, SubjectMatcher matcher) {
        List<HoldingScan> scans = scan(tenantId, matcher);
        List<SubjectViews.ErasedHolding> erased = scans.stream().filter(scan -> !scan.found.isEmpty()).map(HoldingScan::erased).toList();
        List<UUID> ids = scans.stream().flatMap(scan -> scan.found.stream().map(found -> found.row().id())).toList();
        List<SubjectViews.Unsearchable> unsearchable = unsearchable(scans);
        return new PreparedErasure() {
            @Override
            public List<SubjectViews.ErasedHolding> erased() {
                return erased;
            }

            @Override
            public List<SubjectViews.Unsearchable> unsearchable() {
                return unsearchable;
            }

            @Override
            public void apply(Handle handle) {
                // a row that retention deleted since the scan is gone either way; nothing else changes a log row
                if (!ids.isEmpty()) {
                    InferenceLogRepository.delete(handle, ids);
                }
            }

            @Override
            public void committed() {
                // nothing was written beside the rows
            }

            @Override
            public void abandoned() {
                // nothing was written beside the rows
            }
        };
    }

    private record Key(UUID modelId, String sourceRegion) {
    }

    private record Found(InferenceLogRepository.SubjectRow row, List<SubjectViews.FoundIn> matches) {
    }

    /** What the scan saw of one model's rows from one source region. */
    private static final class HoldingScan {
        private final Key key;
        private String modelName;
        private long rows;
        private boolean inputsLogged;
        private final List<Found> found = new ArrayList<>();

        HoldingScan(Key key) {
            this.key = key;
        }

        String id() {
            return key.modelId() + "/" + key.sourceRegion();
        }

        SubjectViews.Holding holding() {
            List<SubjectViews.HeldRecord> records = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                InferenceLogRepository.SubjectRow row = found.get(i).row();
                records.add(new SubjectViews.HeldRecord(i + 1, Arrays.asList(row.id().toString(), row.at().toString(),
                        row.modelName(), Integer.toString(row.version()), row.input(), row.output()), found.get(i).matches()));
            }
            return new SubjectViews.Holding(SOURCE, id(), modelName, key.sourceRegion(), COLUMNS, records);
        }

        SubjectViews.ErasedHolding erased() {
            return new SubjectViews.ErasedHolding(SOURCE, id(), modelName, key.sourceRegion(), found.size(), rows - found.size(), null, null);
        }
    }

    private List<HoldingScan> scan(UUID tenantId, SubjectMatcher matcher) {
        Map<Key, HoldingScan> scans = new LinkedHashMap<>();
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<InferenceLogRepository.SubjectRow> rows = db.inTenant(tenantId, handle -> InferenceLogRepository.pageAfter(handle, from, page));
            for (InferenceLogRepository.SubjectRow row : rows) {
                HoldingScan scan = scans.computeIfAbsent(new Key(row.modelId(), row.sourceRegion()), HoldingScan::new);
                scan.modelName = row.modelName();
                scan.rows++;
                scan.inputsLogged |= row.input() != null;
                List<SubjectViews.FoundIn> matches = new ArrayList<>(0);
                match("input", row.input(), matcher).ifPresent(matches::add);
                match("output", row.output(), matcher).ifPresent(matches::add);
                if (!matches.isEmpty()) {
                    scan.found.add(new Found(row, matches));
                }
            }
            if (rows.size() < page) {
                return new ArrayList<>(scans.values());
            }
            after = rows.getLast().id();
        }
    }

    /** How the identifier stands in one of the row's JSON documents, if it does: the first text value that holds it. */
    private Optional<SubjectViews.FoundIn> match(String column, String document, SubjectMatcher matcher) {
        if (document == null) {
            return Optional.empty();
        }
        for (String text : texts(document)) {
            var form = matcher.match(text);
            if (form.isPresent()) {
                return Optional.of(new SubjectViews.FoundIn(column, form.get().name()));
            }
        }
        return Optional.empty();
    }

    private List<String> texts(String document) {
        try {
            List<String> texts = new ArrayList<>();
            collect(json.readValue(document, JsonNode.class), texts);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("an inference log row is not JSON", e);
        }
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isString()) {
            texts.add(node.getStringValue());
        } else if (node.isArray() || node.isObject()) {
            node.values().forEach(child -> collect(child, texts));
        }
    }

    private static List<SubjectViews.Unsearchable> unsearchable(List<HoldingScan> scans) {
        return scans.stream().filter(scan -> scan.inputsLogged)
                .map(scan -> new SubjectViews.Unsearchable(SOURCE, scan.id(), scan.modelName, "REDACTED")).toList();
    }
}
