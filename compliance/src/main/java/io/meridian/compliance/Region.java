package io.meridian.compliance;

/** A place where Meridian stores and processes data: a cell with its own database and blob store. */
public record Region(String code, String displayName, Jurisdiction jurisdiction) {
}
