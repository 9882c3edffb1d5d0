package io.meridian.api.subjects;

import io.meridian.compliance.subjects.SubjectMatcher;

import java.util.UUID;

/**
 * One kind of data the platform holds about people, as a data-subject request sees it: datasets
 * and inference logs. A source finds a subject's records for an export
 * and erases them in two steps, so that every source's erasure commits in the request's one
 * transaction, with its audit entry, or none does.
 */
public interface PersonalDataSource {

    /** What this source holds about the subject; reads only. */
    SubjectViews.Findings find(UUID tenantId, SubjectMatcher matcher);

    /**
     * Does the work of an erasure that must happen outside a transaction (writing new content
     * beside the old), leaving nothing visible yet.
     */
    PreparedErasure prepareErasure(UUID tenantId, SubjectMatcher matcher);
}
