package io.meridian.api.problem;

/** The resource does not exist for this caller: another tenant's resource is answered the same way. */
public final class NotFoundException extends ApiException {

    public NotFoundException() {
        super(ProblemCode.NOT_FOUND);
    }
}
