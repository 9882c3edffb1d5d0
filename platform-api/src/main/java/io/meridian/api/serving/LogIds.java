package io.meridian.api.serving;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Inference-log ids: UUID version 7 (RFC 9562), the time in milliseconds first, so that new rows go
 * to the end of the primary key's index, then 74 bits from ThreadLocalRandom. A log id must be
 * unique, not unguessable (rows are read through the tenant's row-level security), and
 * {@link UUID#randomUUID()}'s SecureRandom cost more than the rest of a log entry.
 */
final class LogIds {

    private LogIds() {
    }

    static UUID next(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
