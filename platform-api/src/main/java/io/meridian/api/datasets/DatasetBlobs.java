package io.meridian.api.datasets;

import io.meridian.api.database.TenantDb;
import io.meridian.registry.artifacts.ArtifactStores;
import io.meridian.registry.artifacts.StoredArtifact;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/** A tenant's dataset bytes in a region's store, for the steps that rewrite them. */
@Singleton
final class DatasetBlobs {

    private final ArtifactStores stores;
    private final TenantDb db;

    DatasetBlobs(ArtifactStores stores, TenantDb db) {
        this.stores = stores;
        this.db = db;
    }

    InputStream open(UUID tenantId, String region, String sha256) throws IOException {
        return DatasetService.storeOf(stores, region, tenantId).open(sha256);
    }

    StoredArtifact put(UUID tenantId, String region, InputStream content) throws IOException {
        return DatasetService.storeOf(stores, region, tenantId).put(content, Optional.empty());
    }

    /**
     * Deletes the bytes unless a dataset of the tenant in that region holds them (content is
     * addressed by checksum: two datasets with the same bytes share one blob).
     */
    void deleteUnlessReferenced(UUID tenantId, String region, String sha256) {
        if (db.inTenant(tenantId, handle -> DatasetRepository.stillReferenced(handle, region, sha256))) {
            return;
        }
        try {
            DatasetService.storeOf(stores, region, tenantId).delete(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + sha256 + " in " + region, e);
        }
    }
}
