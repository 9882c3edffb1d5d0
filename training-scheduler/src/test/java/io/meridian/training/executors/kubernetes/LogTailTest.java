package io.meridian.training.executors.kubernetes;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @Test
    void aShortLogComesWhole() {
        assertThat(read("epoch 1 loss 0.9\nepoch 2 loss 0.5\n", 1024)).isEqualTo("epoch 1 loss 0.9\nepoch 2 loss 0.5\n");
        assertThat(read("", 16)).isEmpty();
    }

    @Test
    void aLongLogKeepsItsLastWholeLines() {
        StringBuilder log = new StringBuilder();
        for (int epoch = 1; epoch <= 5000; epoch++) {
            log.append("epoch ").append(epoch).append(" loss ").append(1.0 / epoch).append('\n');
        }

        String tail = read(log.toString(), 4096);

        assertThat(tail.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(tail).startsWith("epoch ").endsWith("epoch 5000 loss 2.0E-4\n");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String tail = read("é".repeat(100) + "\nüberall fertig\n", 21);

        assertThat(tail).isEqualTo("überall fertig\n");
    }

    private static String read(String text, int maxBytes) {
        return LogTail.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes);
    }
}
