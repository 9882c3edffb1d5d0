package io.meridian.api.subjects;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** An erasure ready to be switched on: {@link #apply} in the request's transaction, then exactly one of the other two. */
public interface PreparedErasure {

    /** What applying it removes, per holding; holdings without the subject's records are left out. */
    List<SubjectViews.ErasedHolding> erased();

    /** Holdings where the subject's identifier cannot be found (the policy redacted its kind). */
    List<SubjectViews.Unsearchable> unsearchable();

    /** Switches the holdings over inside the request's transaction; throws when one changed meanwhile. */
    void apply(Handle handle);

    /** After the commit: removes what no longer is referenced (the old content). */
    void committed();

    /** After a rollback, or when a later step failed: removes what was prepared. */
    void abandoned();
}
