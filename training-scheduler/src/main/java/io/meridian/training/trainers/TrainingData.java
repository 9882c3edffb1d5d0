package io.meridian.training.trainers;

import io.meridian.training.datasets.CsvSchema;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A dataset as a trainer reads it, already fetched from its region's blob store to local files.
 *
 * @param format  {@code CSV} or {@code IDX}
 * @param file    the CSV file, or the IDX images file (idx3, uncompressed)
 * @param labels  for IDX only: the IDX labels file (idx1, uncompressed)
 * @param schema  for CSV only: the inferred schema with its label column
 * @param sha256  the stored content's checksum, for lineage
 */
public record TrainingData(String format, Path file, Optional<Path> labels, Optional<CsvSchema> schema, String sha256) {
}
