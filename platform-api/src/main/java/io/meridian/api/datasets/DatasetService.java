package io.meridian.api.datasets;

import io.meridian.api.Page;
import io.meridian.api.audit.AuditLog;
import io.meridian.api.database.TenantDb;
import io.meridian.api.database.UniqueViolation;
import io.meridian.api.policies.KnownRegions;
import io.meridian.api.policies.PolicyDecisions;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.JsonPart;
import io.meridian.api.problem.NotFoundException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import io.meridian.api.tenants.TenantRepository;
import io.meridian.compliance.pii.Anonymizer;
import io.meridian.compliance.pii.CsvPiiReport;
import io.meridian.compliance.pii.EntityType;
import io.meridian.compliance.pii.Operator;
import io.meridian.compliance.pii.PiiScanner;
import io.meridian.compliance.policy.Action;
import io.meridian.compliance.policy.DataClass;
import io.meridian.compliance.policy.Decision;
import io.meridian.compliance.policy.DecisionRequest;
import io.meridian.registry.RegistryNames;
import io.meridian.registry.artifacts.ArtifactStore;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.registry.artifacts.Directories;
import io.meridian.registry.artifacts.SpooledUpload;
import io.meridian.registry.artifacts.StoredArtifact;
import io.meridian.training.datasets.CsvPiiTreatment;
import io.meridian.training.datasets.CsvSchema;
import io.meridian.training.datasets.CsvSchemaInference;
import io.meridian.training.datasets.DatasetFormatException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * CSV datasets: uploaded into a region, their schema inferred, scanned for personal data, and
 * refused or treated (redacted, pseudonymized) as the source region's policy says before they are
 * stored in the region's blob store. The decision is audited even when it refuses.
 */
@Singleton
public final class DatasetService {

    private static final Argument<List<DatasetViews.ColumnView>> COLUMNS = Argument.listOf(DatasetViews.ColumnView.class);

    private final TenantDb db;
    private final AuditLog audit;
    private final PolicyDecisions decisions;
    private final ArtifactStores stores;
    private final KnownRegions knownRegions;
    private final PseudonymKeys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final long maxSize;
    private final Path spool;

    DatasetService(TenantDb db, AuditLog audit, PolicyDecisions decisions, ArtifactStores stores, KnownRegions knownRegions,
                   PseudonymKeys keys, JsonMapper json, Clock clock,
                   @Value("${meridian.datasets.max-size:512MB}") @ReadableBytes long maxSize,
                   @Value("${meridian.data-dir:.meridian}") String dataDirectory) {
        this.db = db;
        this.audit = audit;
        this.decisions = decisions;
        this.stores = stores;
        this.knownRegions = knownRegions;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.maxSize = maxSize;
        this.spool = Path.of(dataDirectory, "spool", "datasets");
    }

    public DatasetViews.DatasetView upload(Caller caller, String metadata, InputStream file, long size) {
        if (size > maxSize) {
            throw new ApiException(ProblemCode.PAYLOAD_TOO_LARGE);
        }
        DatasetRequests.NewDataset request = JsonPart.read(json, metadata, DatasetRequests.NewDataset.class);
        DataClass declared = check(request);
        String region = request.region();
        String sourceRegion = request.sourceRegion() == null ? region : request.sourceRegion();
        try (InputStream content = file; SpooledUpload upload = SpooledUpload.of(content, Files.createDirectories(spool), Optional.empty(), false)) {
            CsvSchema schema = inferSchema(upload.file(), request.labelColumn());
            List<CsvPiiReport.Column> pii;
            try (Reader reader = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8)) {
                pii = new CsvPiiReport(PiiScanner.all()).scan(reader, Long.MAX_VALUE);
            }
            Set<EntityType> found = EnumSet.noneOf(EntityType.class);
            pii.forEach(column -> found.addAll(column.counts().keySet()));
            DataClass dataClass = !found.isEmpty() && declared.compareTo(DataClass.PERSONAL) < 0 ? DataClass.PERSONAL : declared;
            Decision decision = allowStore(caller, request.name(), dataClass, sourceRegion, region, found);
            Map<EntityType, Operator> operators = decision.operators(found);
            Treated treated = treatAndStore(caller.tenantId(), upload, region, operators);
            StoredDataset dataset = new StoredDataset(UUID.randomUUID(), request.name(), "CSV", region, sourceRegion, dataClass,
                    treated.artifact().uri(), treated.artifact().sha256(), treated.artifact().size(), upload.sha256Hex(),
                    schema.rows(), schema.labelColumn(), json.writeValueAsString(DatasetReport.columns(schema, pii, operators)),
                    json.writeValueAsString(DatasetReport.piiReport(pii)),
                    json.writeValueAsString(new DatasetTreatment(DatasetReport.names(operators), treated.values())),
                    AuditLog.actor(caller), clock.instant(), null, null);
            return record(caller, dataset, Map.of("treated", DatasetReport.names(operators)));
        } catch (IOException e) {
            throw new UncheckedIOException("dataset upload failed", e);
        }
    }

    /** A dataset's stored bytes on their way out; for IDX, {@code labels} picks the labels file. */
    record Download(StoredDataset dataset, String sha256, InputStream content) {
    }

    /**
     * Releases the stored content (after PII treatment) to a requester in {@code to} (default:
     * the tenant's home region), if the policy of its source region allows that region to hold it.
     */
    Download download(Caller caller, UUID id, boolean labels, Optional<String> to) {
        to.ifPresent(region -> knownRegions.require(region, "to"));
        record Asked(StoredDataset dataset, Decision decision) {
        }
        Asked asked = db.inTenant(caller.tenantId(), handle -> {
            StoredDataset dataset = DatasetRepository.byId(handle, id).orElseThrow(NotFoundException::new);
            String target = to.orElseGet(() -> TenantRepository.byId(handle, caller.tenantId()).orElseThrow().homeRegion());
            return new Asked(dataset, decisions.decide(handle, caller, new DecisionRequest(Action.RELEASE, "dataset:" + dataset.name(),
                    dataset.dataClass(), dataset.sourceRegion(), target, Set.of())));
        });
        StoredDataset dataset = asked.dataset();
        if (!asked.decision().allowed()) {
            throw PolicyDecisions.denied("dataset:" + dataset.name(), "to", asked.decision());
        }
        if (labels && dataset.labelsSha256() == null) {
            throw ApiException.invalid(FieldError.of("part", "field.invalid-choice", "allowed", "content"));
        }
        String sha256 = labels ? dataset.labelsSha256() : dataset.sha256();
        try {
            return new Download(dataset, sha256, storeOf(stores, dataset.region(), caller.tenantId()).open(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("content " + sha256 + " of dataset " + id + " missing from " + dataset.region(), e);
        }
    }

    /**
     * The name still free and the policy's answer to storing data of this class in the region
     * (audited even when it denies); throws when the name is taken or the policy denies.
     */
    Decision allowStore(Caller caller, String name, DataClass dataClass, String sourceRegion, String region, Set<EntityType> found) {
        String subject = "dataset:" + name;
        Decision decision = db.inTenant(caller.tenantId(), handle -> {
            if (DatasetRepository.nameTaken(handle, name)) {
                throw ApiException.conflict("dataset-name", name);
            }
            return decisions.decide(handle, caller, new DecisionRequest(Action.STORE, subject, dataClass, sourceRegion, region, found));
        });
        if (!decision.allowed()) {
            throw PolicyDecisions.denied(subject, "region", decision);
        }
        return decision;
    }

    /** The row of a stored dataset with its audit entry; a name taken meanwhile is a conflict. */
    DatasetViews.DatasetView record(Caller caller, StoredDataset dataset, Map<String, Object> details) {
        return db.inTenant(caller.tenantId(), handle -> {
            try {
                DatasetRepository.insert(handle, caller.tenantId(), dataset);
            } catch (RuntimeException e) {
                if (UniqueViolation.constraintOf(e).isPresent()) {
                    throw ApiException.conflict("dataset-name", dataset.name());
                }
                throw e;
            }
            Map<String, Object> audited = new java.util.TreeMap<>(details);
            audited.putAll(Map.of("id", dataset.id().toString(), "sha256", dataset.sha256(), "rows", dataset.rows(),
                    "region", dataset.region(), "dataClass", dataset.dataClass().name(), "format", dataset.format()));
            audit.record(handle, caller, "dataset.created", "dataset:" + dataset.name(), audited);
            return view(dataset);
        });
    }

    /** A dataset by its name (unique in its tenant). */
    public Optional<DatasetViews.DatasetView> byName(Caller caller, String name) {
        return db.inTenant(caller.tenantId(), handle -> DatasetRepository.byName(handle, name)).map(this::view);
    }

    DatasetViews.DatasetView get(Caller caller, UUID id) {
        return db.inTenant(caller.tenantId(), handle -> DatasetRepository.byId(handle, id)).map(this::view)
                .orElseThrow(NotFoundException::new);
    }

    Page<DatasetViews.DatasetView> list(Caller caller, int limit, int offset) {
        return db.inTenant(caller.tenantId(), handle -> new Page<>(
                DatasetRepository.page(handle, limit, offset).stream().map(this::view).toList(), limit, offset,
                DatasetRepository.count(handle)));
    }

    private record Treated(StoredArtifact artifact, long values) {
    }

    ArtifactStores stores() {
        return stores;
    }

    /** Where uploads and rewritten datasets wait on local disk before they go to a region's store. */
    Path spool() {
        return spool;
    }

    static void deleteQuietly(Path directory) {
        try {
            Directories.deleteTree(directory);
        } catch (IOException e) {
            // a leftover spool directory is only disk space; the next start's spool is the same directory
        }
    }

    /** A tenant's datasets of a region have a store of their own: erasing them never touches another tenant's bytes. */
    static ArtifactStore storeOf(ArtifactStores stores, String region, UUID tenantId) throws IOException {
        return stores.in(region).below("tenants/" + tenantId + "/datasets");
    }

    private Treated treatAndStore(UUID tenantId, SpooledUpload upload, String region, Map<EntityType, Operator> operators) throws IOException {
        ArtifactStore store = storeOf(stores, region, tenantId);
        if (operators.isEmpty()) {
            try (InputStream in = Files.newInputStream(upload.file())) {
                return new Treated(store.put(in, Optional.empty()), 0);
            }
        }
        Path treated = Files.createTempFile(spool, "treated-", ".csv");
        try {
            long values;
            try (Reader in = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8);
                 Writer out = Files.newBufferedWriter(treated, StandardCharsets.UTF_8)) {
                values = new CsvPiiTreatment(PiiScanner.all(), new Anonymizer(keys.forTenant(tenantId))).apply(in, out, operators);
            }
            try (InputStream in = Files.newInputStream(treated)) {
                return new Treated(store.put(in, Optional.empty()), values);
            }
        } finally {
            Files.deleteIfExists(treated);
        }
    }

    /** The metadata's fields, checked; the declared data class (INTERNAL when none). */
    DataClass check(DatasetRequests.NewDataset request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (!RegistryNames.isModelName(request.name())) {
            errors.add(FieldError.of("name", "field.invalid-model-name"));
        }
        region(request.region(), "region", true, errors);
        region(request.sourceRegion(), "sourceRegion", false, errors);
        DataClass declared = DataClass.INTERNAL;
        if (request.dataClass() != null) {
            try {
                declared = DataClass.valueOf(request.dataClass());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("dataClass", "field.unknown-data-class", "allowed",
                        String.join(", ", java.util.Arrays.stream(DataClass.values()).map(Enum::name).toList())));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return declared;
    }

    private void region(String code, String field, boolean required, List<FieldError> errors) {
        if (code == null) {
            if (required) {
                errors.add(FieldError.of(field, "field.required"));
            }
        } else {
            knownRegions.check(code, field).ifPresent(errors::add);
        }
    }

    private static CsvSchema inferSchema(Path file, String labelColumn) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvSchemaInference.infer(reader, labelColumn);
        } catch (DatasetFormatException e) {
            throw ApiException.invalid(new FieldError("file", e.key(), e.arguments()));
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw e;
        }
    }

    private static ApiException notUtf8() {
        return ApiException.invalid(FieldError.of("file", "field.not-utf8"));
    }

    DatasetViews.DatasetView view(StoredDataset dataset) {
        try {
            List<DatasetViews.ColumnView> columns = json.readValue(dataset.schema(), COLUMNS);
            DatasetTreatment treatment = json.readValue(dataset.treatment(), DatasetTreatment.class);
            return new DatasetViews.DatasetView(dataset.id(), dataset.name(), dataset.format(), dataset.region(),
                    dataset.sourceRegion(), dataset.dataClass().name(), dataset.contentUri(), dataset.sha256(), dataset.size(),
                    dataset.uploadSha256(), dataset.rows(), dataset.labelColumn(), columns, treatment.treatedValues(),
                    dataset.createdBy(), dataset.createdAt());
        } catch (IOException e) {
            throw new UncheckedIOException("stored dataset " + dataset.id() + " unreadable", e);
        }
    }
}
