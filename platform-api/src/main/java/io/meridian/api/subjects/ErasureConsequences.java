package io.meridian.api.subjects;

import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.UUID;

/**
 * What an erasure of dataset rows touches beyond the datasets: jobs not yet finished that will
 * refuse the changed content when they run (the runner compares the dataset's checksum with the
 * one recorded at submission), and model versions whose lineage names a changed dataset.
 */
final class ErasureConsequences {

    private ErasureConsequences() {
    }

    static List<SubjectViews.AffectedJob> jobs(Handle handle, List<UUID> datasets) {
        if (datasets.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        select id, state, case when dataset_id = any(:datasets) then dataset_id else test_dataset_id end as dataset
                        from training_jobs
                        where state in ('QUEUED', 'ADMITTED', 'RUNNING')
                          and (dataset_id = any(:datasets) or test_dataset_id = any(:datasets))
                        order by submitted_at, id""")
                .bindArray("datasets", UUID.class, datasets)
                .map((row, context) -> new SubjectViews.AffectedJob(row.getString("id"), row.getString("state"), row.getString("dataset")))
                .list();
    }

    static List<SubjectViews.AffectedModelVersion> modelVersions(Handle handle, List<UUID> datasets) {
        if (datasets.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("""
                        select m.name, v.version, v.dataset_id
                        from model_versions v join models m on m.id = v.model_id
                        where v.dataset_id = any(:datasets)
                        order by m.name, v.version""")
                .bindArray("datasets", UUID.class, datasets)
                .map((row, context) -> new SubjectViews.AffectedModelVersion(row.getString("name"), row.getInt("version"),
                        row.getString("dataset_id")))
                .list();
    }
}
