package io.meridian.console.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Datasets: {@code /api/v1/datasets} (CSV uploads with schema inference and PII treatment). */
public final class DatasetsApi {

    /** The metadata part of an upload; null fields take the API's defaults (label column: the last one). */
    public record NewDataset(String name, String region, String sourceRegion, String dataClass, String labelColumn) {
    }

    /**
     * @param pii       values holding each kind of personal data, as found in the upload
     * @param treatment what the policy had done to those kinds in this column (REDACT, PSEUDONYMIZE)
     */
    public record Column(String name, String type, long missing, int distinct, boolean label, Map<String, Long> pii,
                         Map<String, String> treatment) {
    }

    public record Dataset(UUID id, String name, String format, String region, String sourceRegion, String dataClass, String sha256,
                          long size, long rows, String labelColumn, List<Column> columns, long treatedValues, String createdBy,
                          Instant createdAt) {
    }

    /** The data classes a dataset may be declared as; personal data found raises it to PERSONAL. */
    public static final List<String> DATA_CLASSES = List.of("PUBLIC", "INTERNAL", "PERSONAL", "SENSITIVE_PERSONAL");

    private final ApiClient client;

    public DatasetsApi(ApiClient client) {
        this.client = client;
    }

    public Page<Dataset> list(int limit) {
        return client.get("/api/v1/datasets?limit=" + limit, new TypeReference<Page<Dataset>>() { });
    }

    public Dataset get(UUID id) {
        return client.get("/api/v1/datasets/" + id, Dataset.class);
    }

    /** Uploads a CSV file (UTF-8, header first), streamed from disk. */
    public Dataset uploadCsv(NewDataset metadata, String fileName, Path file) {
        return client.postMultipart("/api/v1/datasets", new Multipart().json("metadata", metadata).file("file", fileName, "text/csv", file),
                Dataset.class);
    }
}
