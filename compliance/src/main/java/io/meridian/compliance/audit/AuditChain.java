package io.meridian.compliance.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The hash chain of an audit log: each entry's hash is SHA-256 over the previous entry's hash and
 * the entry's own fields (length-prefixed, so no two different entries share an encoding). The first
 * entry chains to 32 zero bytes. Changing, removing or reordering any entry breaks every hash after it.
 */
public final class AuditChain {

    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    /** The next entry after {@code previous} (null for the first), with its hash. */
    public static AuditEntry append(AuditEntry previous, Instant at, String actor, String action, String subject, String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        byte[] previousHash = previous == null ? GENESIS : previous.hash();
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        return new AuditEntry(seq, stored, actor, action, subject, details, previousHash,
                hash(previousHash, seq, stored, actor, action, subject, details));
    }

    /** The seq of the first entry that does not chain, in order, from genesis; empty if all do. */
    public static OptionalLong firstBroken(List<AuditEntry> entriesInOrder) {
        return firstBroken(GENESIS, 1, entriesInOrder);
    }

    /** Verifies a stretch that continues from a known-good entry (a long log is checked page by page). */
    public static OptionalLong firstBroken(AuditEntry lastGood, List<AuditEntry> following) {
        return firstBroken(lastGood.hash(), lastGood.seq() + 1, following);
    }

    private static OptionalLong firstBroken(byte[] expectedPrevious, long expectedSeq, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            byte[] recomputed = hash(entry.previousHash(), entry.seq(), entry.at(), entry.actor(), entry.action(),
                    entry.subject(), entry.details());
            if (entry.seq() != expectedSeq || !Arrays.equals(entry.previousHash(), expectedPrevious)
                    || !MessageDigest.isEqual(recomputed, entry.hash())) {
                return OptionalLong.of(entry.seq());
            }
            expectedPrevious = entry.hash();
            expectedSeq++;
        }
        return OptionalLong.empty();
    }

    static byte[] hash(byte[] previousHash, long seq, Instant at, String actor, String action, String subject, String details) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash);
            sha.update(ByteBuffer.allocate(Long.BYTES * 3).putLong(seq).putLong(at.getEpochSecond()).putLong(at.getNano()).array());
            for (String field : new String[] {actor, action, subject, details}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
