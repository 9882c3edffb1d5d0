package io.meridian.api.datasets;

import io.meridian.compliance.pii.Pseudonymizer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Each tenant's pseudonymization key, derived from the platform's pseudonym secret and the
 * tenant's id (HMAC-SHA256 as the key-derivation function): stable across restarts and replicas,
 * different per tenant, so one tenant's pseudonyms cannot be joined with another's.
 */
@Singleton
public final class PseudonymKeys {

    private final SecretKeySpec secret;

    PseudonymKeys(@Value("${meridian.pseudonym.secret}") String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public Pseudonymizer forTenant(UUID tenantId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return new Pseudonymizer(mac.doFinal(("meridian pseudonyms of tenant " + tenantId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
