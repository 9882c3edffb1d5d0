package io.meridian.compliance.pii;

/**
 * One piece of personal data in a text: its kind, where it stands ({@code [start, end)} in UTF-16
 * units) and how sure the recognizer is (0..1; a checksum-validated match scores higher than a
 * pattern alone).
 */
public record PiiMatch(EntityType type, int start, int end, double confidence) {

    public PiiMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }
}
