package io.meridian.api.datasets;

import io.meridian.api.problem.ApiException;
import io.meridian.api.subjects.PreparedErasure;
import io.meridian.api.subjects.SubjectViews;
import io.meridian.compliance.subjects.CsvSubjectEraser;
import io.meridian.registry.artifacts.StoredArtifact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Datasets rewritten without a subject's rows: the new bytes are in the store already, the rows
 * switch to them in the request's transaction, and only after the commit do the old bytes go (or,
 * when the transaction failed, the new ones), so a failure anywhere leaves every dataset whole.
 */
final class DatasetErasure implements PreparedErasure {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetErasure.class);

    record Rewrite(StoredDataset dataset, StoredArtifact content, CsvSubjectEraser.Result result) {
    }

    private final DatasetBlobs blobs;
    private final UUID tenantId;
    private final List<Rewrite> rewrites;
    private final List<SubjectViews.Unsearchable> unsearchable;

    DatasetErasure(DatasetBlobs blobs, UUID tenantId, List<Rewrite> rewrites, List<SubjectViews.Unsearchable> unsearchable) {
        this.blobs = blobs;
        this.tenantId = tenantId;
        this.rewrites = rewrites;
        this.unsearchable = unsearchable;
    }

    @Override
    public List<SubjectViews.ErasedHolding> erased() {
        return rewrites.stream().map(rewrite -> new SubjectViews.ErasedHolding(DatasetSubjectData.SOURCE, rewrite.dataset().id().toString(),
                rewrite.dataset().name(), rewrite.dataset().region(), rewrite.result().removed(), rewrite.result().kept(),
                rewrite.dataset().sha256(), rewrite.content().sha256())).toList();
    }

    @Override
    public List<SubjectViews.Unsearchable> unsearchable() {
        return List.copyOf(unsearchable);
    }

    @Override
    public void apply(org.jdbi.v3.core.Handle handle) {
        for (Rewrite rewrite : rewrites) {
            StoredDataset dataset = rewrite.dataset();
            if (!DatasetRepository.replaceContent(handle, dataset.id(), dataset.sha256(), rewrite.content().uri(), rewrite.content().sha256(),
                    rewrite.content().size(), rewrite.result().kept())) {
                throw ApiException.conflict("dataset-changed", dataset.name());
            }
        }
    }

    @Override
    public void committed() {
        for (Rewrite rewrite : rewrites) {
            removeQuietly(rewrite.dataset().region(), rewrite.dataset().sha256());
        }
    }

    @Override
    public void abandoned() {
        for (Rewrite rewrite : rewrites) {
            removeQuietly(rewrite.dataset().region(), rewrite.content().sha256());
        }
    }

    /** What is left behind is unreferenced bytes, never a dataset that points nowhere: logged, not thrown. */
    private void removeQuietly(String region, String sha256) {
        try {
            blobs.deleteUnlessReferenced(tenantId, region, sha256);
        } catch (RuntimeException e) {
            LOG.warn("unreferenced dataset bytes {} in {} of tenant {} could not be deleted", sha256, region, tenantId, e);
        }
    }
}
