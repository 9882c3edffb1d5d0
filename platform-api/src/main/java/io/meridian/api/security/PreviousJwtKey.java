package io.meridian.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The key that signed login tokens before the current one ({@code MERIDIAN_JWT_PREVIOUS_SECRET}),
 * kept for verification only while a rotation runs: tokens are signed with the current key
 * (Micronaut's {@code generator} signature) and accepted under either, so replicas that already
 * have the new key and those that still sign with the old one accept each other's tokens, and nobody
 * is logged out. Remove it once the tokens it signed have expired (their lifetime, 1 h by default).
 */
@Factory
final class PreviousJwtKey {

    @Singleton
    @Named("previous")
    @Requires(property = "meridian.jwt.previous-secret", pattern = ".+") // empty: no rotation running
    SignatureConfiguration previous(@Value("${meridian.jwt.previous-secret}") String secret) {
        if (secret.length() < GeneratedSecret.MINIMUM_LENGTH) {
            throw new IllegalStateException("MERIDIAN_JWT_PREVIOUS_SECRET must be at least " + GeneratedSecret.MINIMUM_LENGTH + " characters");
        }
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("previous");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
