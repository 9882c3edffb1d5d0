package io.meridian.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits failed logins (Bucket4j token buckets): per account, so a password cannot be guessed,
 * and per client address, so many accounts cannot be tried from one place. Only failures spend
 * tokens; once a bucket is empty every attempt is refused until it refills, the right password
 * included. Buckets live in this process (a replica each), idle ones are dropped after an hour.
 */
@Singleton
public final class LoginThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(200_000).build();
    private final int failuresPerAccount;
    private final int failuresPerAddress;
    private final Duration window;

    LoginThrottle(@Value("${meridian.auth.login.failures-per-account:5}") int failuresPerAccount,
                  @Value("${meridian.auth.login.failures-per-address:50}") int failuresPerAddress,
                  @Value("${meridian.auth.login.window:5m}") Duration window) {
        this.failuresPerAccount = failuresPerAccount;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if it must. */
    public Optional<Duration> blockedFor(String account, String address) {
        long waitNanos = Math.max(wait(accountBucket(account)), wait(addressBucket(address)));
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    public void failed(String account, String address) {
        accountBucket(account).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    private static long wait(Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket accountBucket(String account) {
        return buckets.get("account:" + account, key -> bucket(failuresPerAccount));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> bucket(failuresPerAddress));
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build();
    }
}
