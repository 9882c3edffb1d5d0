package io.meridian.compliance.policy;

/**
 * Every data-touching step of the platform, and which of a policy's region lists governs it:
 * where a copy comes to rest is a storage question, where it is only computed on a processing one.
 */
public enum Action {
    /** Dataset upload, artifact write. */
    STORE(true),
    /** Training job placement. */
    PROCESS(false),
    /** A model version deployed to a region (its artifact is copied there). */
    DEPLOY(true),
    /** Inference routed to a region. */
    SERVE(false),
    /** An artifact or dataset downloaded to a requester in a region. */
    RELEASE(true),
    /** An inference log written in a region. */
    LOG(true);

    private final boolean storesData;

    Action(boolean storesData) {
        this.storesData = storesData;
    }

    public boolean storesData() {
        return storesData;
    }
}
