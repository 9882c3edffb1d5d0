package io.meridian.api.serving;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the inference-log writer packs a column of a batch into one text (split again by PostgreSQL). */
class InferenceLogColumnsTest {

    private static InferenceLogEntry entry(String caller, String input) {
        return new InferenceLogEntry(UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH, "eu-west", "eu-west", UUID.randomUUID(),
                "churn", 1, caller, "de", 1, 10, "ALLOW", input, "[]");
    }

    @Test
    void valuesAreJoinedByTheUnitSeparatorAndANullIsTheRecordSeparator() {
        List<InferenceLogEntry> entries = List.of(entry("api-key:a", "[{\"text\":\"Grüße, \\\"hallo\\\"\"}]"), entry("user:b", null));
        assertThat(InferenceLogRepository.column(entries, InferenceLogEntry::caller)).isEqualTo("api-key:a\u001Fuser:b");
        assertThat(InferenceLogRepository.column(entries, InferenceLogEntry::input))
                .isEqualTo("[{\"text\":\"Grüße, \\\"hallo\\\"\"}]\u001F\u001E");
    }

    @Test
    void aValueThatCouldNotBeSplitBackIsRefused() {
        assertThatThrownBy(() -> InferenceLogRepository.column(List.of(entry("a\u001Fb", null)), InferenceLogEntry::caller))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InferenceLogRepository.column(List.of(entry("\u001E", null)), InferenceLogEntry::caller))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InferenceLogRepository.column(List.of(entry("", null)), InferenceLogEntry::caller))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
