package io.meridian.registry.artifacts;

/** An artifact at rest: its content address (SHA-256, hex), its size, and where it lies. */
public record StoredArtifact(String sha256, long size, String uri) {
}
