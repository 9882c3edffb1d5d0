package io.meridian.registry.artifacts;

/** The bytes that arrived are not the ones the client announced; nothing was stored. */
public final class ChecksumMismatchException extends RuntimeException {

    private final String expected;
    private final String actual;

    public ChecksumMismatchException(String expected, String actual) {
        super("expected SHA-256 " + expected + " but received " + actual, null, false, false);
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
