package io.meridian.training.executors.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Keeps the last bytes of a stream of any length in bounded memory: the end of a training log is what explains it. */
final class LogTail {

    private LogTail() {
    }

    /**
     * The last {@code maxBytes} of the stream as UTF-8 text. When the start was cut, the text begins after
     * the first line break past the cut, so that it neither starts inside a line nor inside a character.
     */
    static String read(InputStream in, int maxBytes) {
        byte[] ring = new byte[maxBytes];
        long total = 0;
        byte[] chunk = new byte[8192];
        try (in) {
            for (int n; (n = in.read(chunk)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    ring[(int) ((total + i) % maxBytes)] = chunk[i];
                }
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total <= maxBytes) {
            return new String(ring, 0, (int) total, StandardCharsets.UTF_8);
        }
        byte[] tail = new byte[maxBytes];
        int start = (int) (total % maxBytes);
        System.arraycopy(ring, start, tail, 0, maxBytes - start);
        System.arraycopy(ring, 0, tail, maxBytes - start, start);
        int from = 0;
        while (from < tail.length && tail[from] != '\n') {
            from++;
        }
        from = from < tail.length ? from + 1 : 0;
        return new String(tail, from, tail.length - from, StandardCharsets.UTF_8);
    }
}
