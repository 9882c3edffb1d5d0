package io.meridian.api.datasets;

import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.policy.DataClass;
import io.meridian.registry.artifacts.ArtifactStore;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.training.datasets.ColumnProfile;
import io.meridian.training.datasets.ColumnType;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.trainers.TrainingData;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Datasets as training sees them: what policy needs to place a job, and the files a trainer reads. */
@Singleton
public final class TrainingDatasets {

    private static final Argument<List<DatasetViews.ColumnView>> COLUMNS = Argument.listOf(DatasetViews.ColumnView.class);

    /**
     * @param piiFound the kinds of personal data the upload held (before treatment)
     */
    public record Dataset(UUID id, String name, String format, String region, String sourceRegion, DataClass dataClass,
                          String sha256, Optional<String> labelsSha256, Optional<CsvSchema> schema, Set<EntityType> piiFound) {
    }

    private final ArtifactStores stores;
    private final JsonMapper json;

    TrainingDatasets(ArtifactStores stores, JsonMapper json) {
        this.stores = stores;
        this.json = json;
    }

    /** The tenant's dataset (the handle's tenant), if it exists. */
    public Optional<Dataset> find(Handle handle, UUID id) {
        return DatasetRepository.byId(handle, id).map(this::dataset);
    }

    /** Copies the dataset's bytes from its region's store into {@code directory}. */
    public TrainingData fetch(UUID tenantId, Dataset dataset, Path directory) {
        try {
            ArtifactStore store = DatasetService.storeOf(stores, dataset.region(), tenantId);
            Path file = copy(store, dataset.sha256(), directory.resolve(dataset.id() + (dataset.format().equals("IDX") ? ".idx3" : ".csv")));
            Optional<Path> labels = dataset.labelsSha256().isEmpty() ? Optional.empty()
                    : Optional.of(copy(store, dataset.labelsSha256().get(), directory.resolve(dataset.id() + ".idx1")));
            return new TrainingData(dataset.format(), file, labels, dataset.schema(), dataset.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("dataset " + dataset.id() + " cannot be read from " + dataset.region(), e);
        }
    }

    private static Path copy(ArtifactStore store, String sha256, Path target) throws IOException {
        try (InputStream in = store.open(sha256)) {
            Files.copy(in, target);
        }
        return target;
    }

    private Dataset dataset(StoredDataset stored) {
        try {
            Optional<CsvSchema> schema = Optional.empty();
            Set<EntityType> pii = EnumSet.noneOf(EntityType.class);
            if (stored.format().equals("CSV")) {
                List<DatasetViews.ColumnView> columns = json.readValue(stored.schema(), COLUMNS);
                schema = Optional.of(new CsvSchema(columns.stream().map(column -> new ColumnProfile(column.name(),
                        ColumnType.valueOf(column.type()), column.missing(), column.distinct())).toList(), stored.rows(), stored.labelColumn()));
                for (DatasetViews.ColumnView column : columns) {
                    column.pii().keySet().forEach(kind -> pii.add(EntityType.valueOf(kind)));
                }
            }
            return new Dataset(stored.id(), stored.name(), stored.format(), stored.region(), stored.sourceRegion(), stored.dataClass(),
                    stored.sha256(), Optional.ofNullable(stored.labelsSha256()), schema, pii);
        } catch (IOException e) {
            throw new UncheckedIOException("stored dataset " + stored.id() + " unreadable", e);
        }
    }
}
