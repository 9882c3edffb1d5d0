package io.meridian.training.datasets;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One IDX file opened for reading, gzip or plain (told apart by the gzip magic 1f 8b), with its
 * header read and checked: the magic number names unsigned bytes and the expected number of
 * dimensions, and every dimension is positive. The items that follow are read in order; reading
 * fewer bytes than the header announces, or finding bytes after them, is refused.
 */
final class IdxInput implements AutoCloseable {

    /** Unsigned-byte IDX files with one dimension (labels) and three (images). */
    static final int LABELS_MAGIC = 0x00000801;
    static final int IMAGES_MAGIC = 0x00000803;
    /** A side of an image larger than this is a corrupt header, not a picture. */
    static final int MAX_SIDE = 4096;

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int[] dimensions;
    private final long itemBytes;
    private long dataRead;

    private IdxInput(InputStream in, int[] dimensions) {
        this.in = in;
        this.dimensions = dimensions;
        long bytes = 1;
        for (int i = 1; i < dimensions.length; i++) {
            bytes *= dimensions[i];
        }
        this.itemBytes = bytes;
    }

    static IdxInput openImages(Path file) {
        IdxInput input = open(file, IMAGES_MAGIC);
        if (input.rows() > MAX_SIDE || input.cols() > MAX_SIDE) {
            input.close();
            throw new DatasetFormatException("field.invalid-idx-dimensions",
                    Map.of("rows", input.rows(), "cols", input.cols(), "max", MAX_SIDE));
        }
        return input;
    }

    static IdxInput openLabels(Path file) {
        return open(file, LABELS_MAGIC);
    }

    private static IdxInput open(Path file, int magic) {
        InputStream in = null;
        try {
            in = decompressedIfGzip(Files.newInputStream(file));
            int found = readHeaderInt(in, 0);
            if (found != magic) {
                throw new DatasetFormatException("field.not-idx", Map.of(
                        "expected", hex(magic), "found", hex(found)));
            }
            int[] dimensions = new int[magic & 0xff];
            for (int i = 0; i < dimensions.length; i++) {
                dimensions[i] = readHeaderInt(in, 4 + 4 * i);
                if (dimensions[i] <= 0) {
                    throw new DatasetFormatException(i == 0 ? "field.no-images" : "field.invalid-idx-dimensions",
                            i == 0 ? Map.of() : Map.of("rows", dimensions[1], "cols", dimensions.length > 2 ? dimensions[2] : 0,
                                    "max", MAX_SIDE));
                }
            }
            return new IdxInput(in, dimensions);
        } catch (IOException e) {
            closeQuietly(in);
            throw unreadable(e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static InputStream decompressedIfGzip(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        return first == 0x1f && second == 0x8b ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER) : buffered;
    }

    private static int readHeaderInt(InputStream in, int offset) throws IOException {
        byte[] bytes = new byte[4];
        int read = readUpTo(in, bytes, 0, 4);
        if (read < 4) {
            throw new DatasetFormatException("field.truncated-idx", Map.of("expected", offset + 4, "found", offset + read));
        }
        return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    }

    /** Reads until {@code length} bytes or the end; returns how many it read. */
    private static int readUpTo(InputStream in, byte[] buffer, int offset, int length) throws IOException {
        int read = 0;
        while (read < length) {
            int n = in.read(buffer, offset + read, length - read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        return read;
    }

    int count() {
        return dimensions[0];
    }

    int rows() {
        return dimensions.length > 1 ? dimensions[1] : 1;
    }

    int cols() {
        return dimensions.length > 2 ? dimensions[2] : 1;
    }

    /** Bytes of one item: rows × cols for an image, 1 for a label. */
    long itemBytes() {
        return itemBytes;
    }

    private long headerBytes() {
        return 4L + 4L * dimensions.length;
    }

    private long expectedBytes() {
        return headerBytes() + itemBytes * count();
    }

    /** Reads exactly {@code length} bytes of item data. */
    void readFully(byte[] buffer, int offset, int length) {
        int read;
        try {
            read = readUpTo(in, buffer, offset, length);
        } catch (EOFException e) {
            throw truncated();
        } catch (IOException e) {
            throw unreadable(e);
        }
        dataRead += read;
        if (read < length) {
            throw truncated();
        }
    }

    /**
     * Copies all item data to {@code out}, handing each chunk to {@code chunks} first. Format
     * errors come as {@link DatasetFormatException}; failures to write as {@link IOException}.
     */
    void copyItems(OutputStream out, ChunkConsumer chunks) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = itemBytes * count() - dataRead;
        while (left > 0) {
            int n = (int) Math.min(buffer.length, left);
            readFully(buffer, 0, n);
            chunks.accept(buffer, n);
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** Writes this file's header, uncompressed. */
    void writeHeader(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt((dimensions.length == 1 ? LABELS_MAGIC : IMAGES_MAGIC));
        for (int dimension : dimensions) {
            data.writeInt(dimension);
        }
        data.flush();
    }

    /** Refuses bytes after the announced items: a file whose header lies about its size is corrupt. */
    void expectEnd() {
        try {
            long extra = 0;
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                extra += n;
            }
            if (extra > 0) {
                throw new DatasetFormatException("field.idx-trailing-bytes", Map.of("extra", extra, "items", count()));
            }
        } catch (EOFException e) {
            throw truncated();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private DatasetFormatException truncated() {
        return new DatasetFormatException("field.truncated-idx", Map.of(
                "expected", expectedBytes(), "found", headerBytes() + dataRead));
    }

    private static DatasetFormatException unreadable(IOException e) {
        String reason = e instanceof ZipException ? "corrupt gzip data: " + e.getMessage() : String.valueOf(e.getMessage());
        return new DatasetFormatException("field.unreadable-idx", Map.of("reason", reason));
    }

    private static String hex(int value) {
        return "0x" + HexFormat.of().toHexDigits(value);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the format error says more than a failed close
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    @FunctionalInterface
    interface ChunkConsumer {
        void accept(byte[] buffer, int length);
    }
}
