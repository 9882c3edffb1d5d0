package io.meridian.training.trainers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A model directory as one artifact file, and back. */
final class Zips {

    private Zips() {
    }

    /** Zips the files directly in {@code directory} (sorted, so equal models give equal archives). */
    static Path zip(Path directory, Path zipFile) throws IOException {
        List<Path> files;
        try (var listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(file.getFileName().toString());
                entry.setTime(0);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** Unzips flat entries into {@code directory}; refuses entry names that would leave it. */
    static void unzip(Path zipFile, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !target.getParent().equals(directory.normalize())) {
                    throw new IOException("unexpected entry in model archive: " + entry.getName());
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    zip.transferTo(out);
                }
            }
        }
    }
}
