package io.meridian.compliance.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.append(previous, Instant.parse("2026-11-23T10:00:00.123456789Z").plusSeconds(i),
                    "user:" + i, "user.created", "user:" + i, "{\"email\":\"u" + i + "@example.com\"}");
            entries.add(previous);
        }
        return entries;
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> entries = chain(5);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(4).seq()).isEqualTo(5);
        assertThat(AuditChain.firstBroken(entries)).isEmpty();
        assertThat(AuditChain.firstBroken(entries.get(1), entries.subList(2, 5))).isEmpty();
    }

    @Test
    void aChangedEntryIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.seq(), third.at(), third.actor(), third.action(), third.subject(),
                "{\"email\":\"someone-else@example.com\"}", third.previousHash(), third.hash()));
        assertThat(AuditChain.firstBroken(entries)).hasValue(3);
    }

    @Test
    void aRemovedOrReorderedEntryIsNamed() {
        List<AuditEntry> removed = chain(5);
        removed.remove(1);
        assertThat(AuditChain.firstBroken(removed)).hasValue(3);

        List<AuditEntry> swapped = chain(5);
        AuditEntry second = swapped.get(1);
        swapped.set(1, swapped.get(2));
        swapped.set(2, second);
        assertThat(AuditChain.firstBroken(swapped)).hasValue(3);
    }

    @Test
    void timesAreHashedAtMicrosecondPrecision() {
        AuditEntry entry = AuditChain.append(null, Instant.parse("2026-11-23T10:00:00.123456789Z"), "a", "b", "c", "{}");
        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
        AuditEntry reread = new AuditEntry(1, Instant.parse("2026-11-23T10:00:00.123456Z"), "a", "b", "c", "{}",
                entry.previousHash(), entry.hash());
        assertThat(AuditChain.firstBroken(List.of(reread))).isEmpty();
    }
}
