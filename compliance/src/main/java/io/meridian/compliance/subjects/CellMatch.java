package io.meridian.compliance.subjects;

/** A field of a record that holds the subject's identifier, and in which form. */
public record CellMatch(int column, MatchForm form) {
}
