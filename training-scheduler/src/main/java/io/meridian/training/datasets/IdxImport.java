package io.meridian.training.datasets;
import java.nio.file.Path;
public final class IdxImport {
    public static IdxSummary writeDecompressed(Path images, Path labels, Path imagesTarget, Path labelsTarget) { return null; }
}
