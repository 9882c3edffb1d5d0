package io.meridian.api.datasets;

import io.meridian.api.audit.AuditLog;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.JsonPart;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.artifacts.ArtifactStore;
import io.meridian.registry.artifacts.StoredArtifact;
import io.meridian.training.datasets.DatasetFormatException;
import io.meridian.training.datasets.IdxImport;
import io.meridian.training.datasets.IdxSummary;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Image datasets in the IDX format (as MNIST and Fashion-MNIST ship): an images file and a
 * labels file, gzip or plain, checked completely and stored uncompressed in the region's blob
 * store. Pixels are not scanned for personal data; the declared data class is what the policy
 * decides on.
 */
@Singleton
final class IdxDatasetImport {

    private final DatasetService datasets;
    private final JsonMapper json;
    private final Clock clock;
    private final long maxSize;

    IdxDatasetImport(DatasetService datasets, JsonMapper json, Clock clock,
                     @Value("${meridian.datasets.max-size:512MB}") @ReadableBytes long maxSize) {
        this.datasets = datasets;
        this.json = json;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    DatasetViews.DatasetView importIdx(Caller caller, String metadata, InputStream images, long imagesSize, InputStream labels,
                                       long labelsSize) {
        if (imagesSize + labelsSize > maxSize) {
            throw new ApiException(ProblemCode.PAYLOAD_TOO_LARGE);
        }
        DatasetRequests.NewDataset request = JsonPart.read(json, metadata, DatasetRequests.NewDataset.class);
        DataClass dataClass = datasets.check(request);
        String region = request.region();
        String sourceRegion = request.sourceRegion() == null ? region : request.sourceRegion();
        datasets.allowStore(caller, request.name(), dataClass, sourceRegion, region, Set.of());
        Path directory = null;
        try {
            directory = Files.createTempDirectory(Files.createDirectories(datasets.spool()), "idx-");
            Path imagesIn = directory.resolve("images.in");
            Path labelsIn = directory.resolve("labels.in");
            try (InputStream in = images) {
                Files.copy(in, imagesIn, StandardCopyOption.REPLACE_EXISTING);
            }
            try (InputStream in = labels) {
                Files.copy(in, labelsIn, StandardCopyOption.REPLACE_EXISTING);
            }
            Path imagesFile = directory.resolve("images.idx3");
            Path labelsFile = directory.resolve("labels.idx1");
            IdxSummary summary;
            try {
                summary = IdxImport.writeDecompressed(imagesIn, labelsIn, imagesFile, labelsFile);
            } catch (DatasetFormatException e) {
                throw ApiException.invalid(new FieldError(String.valueOf(e.arguments().getOrDefault(IdxImport.FILE, IdxImport.IMAGES)),
                        e.key(), e.arguments()));
            }
            ArtifactStore store = DatasetService.storeOf(datasets.stores(), region, caller.tenantId());
            StoredArtifact storedImages;
            StoredArtifact storedLabels;
            try (InputStream in = Files.newInputStream(imagesFile)) {
                storedImages = store.put(in, Optional.empty());
            }
            try (InputStream in = Files.newInputStream(labelsFile)) {
                storedLabels = store.put(in, Optional.empty());
            }
            StoredDataset dataset = new StoredDataset(UUID.randomUUID(), request.name(), "IDX", region, sourceRegion, dataClass,
                    storedImages.uri(), storedImages.sha256(), storedImages.size() + storedLabels.size(),
                    storedImages.sha256(), summary.images(), "label", json.writeValueAsString(columns(summary)),
                    "{}", json.writeValueAsString(new DatasetTreatment(Map.of(), 0)), AuditLog.actor(caller), clock.instant(),
                    storedLabels.uri(), storedLabels.sha256());
            return datasets.record(caller, dataset, Map.of("labelsSha256", storedLabels.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("IDX import failed", e);
        } finally {
            DatasetService.deleteQuietly(directory);
        }
    }

    /** An image column and a label column, so that an IDX dataset reads like a table in lists. */
    private static List<DatasetViews.ColumnView> columns(IdxSummary summary) {
        Map<String, Long> none = Map.of();
        return List.of(
                new DatasetViews.ColumnView("pixels", "IMAGE_" + summary.rows() + "X" + summary.cols(), 0, 0, false, none, Map.of()),
                new DatasetViews.ColumnView("label", "CATEGORY", 0, summary.labelCounts().size(), true, new TreeMap<>(), Map.of()));
    }
}
