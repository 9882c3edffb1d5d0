package io.meridian.training.datasets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small IDX files for tests: images of {@code side × side} pixels where class k lights a
 * bright square in its own place, over dim noise, so that a model can learn them and a blind
 * guess cannot.
 */
public final class IdxFiles {

    private IdxFiles() {
    }

    /** Image bytes (header included) of {@code labels.length} images. */
    public static byte[] images(byte[] labels, int side, long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(labels.length);
        out.writeInt(side);
        out.writeInt(side);
        int classesPerRow = side / 3;
        for (byte label : labels) {
            int k = label & 0xff;
            int top = (k / classesPerRow) * 3;
            int left = (k % classesPerRow) * 3;
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    boolean lit = r >= top && r < top + 2 && c >= left && c < left + 2 && random.nextDouble() < 0.9;
                    int noise = random.nextDouble() < 0.3 ? random.nextInt(90) : 0;
                    out.writeByte(lit ? 160 + random.nextInt(96) : noise);
                }
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Label bytes (header included). */
    public static byte[] labels(byte[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000801);
        out.writeInt(labels.length);
        out.write(labels);
        out.flush();
        return bytes.toByteArray();
    }

    /** {@code count} labels cycling through {@code classes}, shuffled. */
    public static byte[] labelValues(int count, int classes, long seed) {
        Random random = new Random(seed);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % classes);
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    public static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
