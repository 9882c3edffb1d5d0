package io.meridian.api.serving;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.ProblemCode;
import io.meridian.api.security.Caller;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Requests per second per caller (an API key, or a console user in the playground): a token bucket
 * refilled evenly, as large as one second's allowance. Per replica; idle buckets are dropped.
 */
@Singleton
final class InferenceRateLimiter {

    private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();
    private final long perSecond;

    InferenceRateLimiter(ServingSettings settings) {
        this.perSecond = settings.ratePerSecond();
    }

    /** @throws ApiException rate-limited (429) when the caller's bucket is empty */
    void admit(Caller caller) {
        Bucket bucket = buckets.get(caller.id(), id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1))).build());
        if (!bucket.tryConsume(1)) {
            throw new ApiException(ProblemCode.RATE_LIMITED, Map.of("limit", perSecond));
        }
    }
}
