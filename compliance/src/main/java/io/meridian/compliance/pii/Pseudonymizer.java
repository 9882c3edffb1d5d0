package io.meridian.compliance.pii;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * Keyed pseudonyms: HMAC-SHA256 under a per-tenant key of the value in a normal form (no
 * separators, case folded), so "DE89 3704…" and "de8937 04…" get one token, tokens of two tenants
 * cannot be joined, and nobody without the key can test a guess.
 */
public final class Pseudonymizer {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int TOKEN_CHARACTERS = 16;

    private final SecretKeySpec key;

    public Pseudonymizer(byte[] tenantKey) {
        if (tenantKey.length < 32) {
            throw new IllegalArgumentException("a pseudonymization key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(tenantKey.clone(), "HmacSHA256");
    }

    public String token(EntityType type, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(type.name().getBytes(StandardCharsets.US_ASCII));
            byte[] digest = mac.doFinal(normalForm(value).getBytes(StandardCharsets.UTF_8));
            return "<" + type.name() + ":" + base32(digest) + ">";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * A keyed digest (HMAC-SHA256, hex) of a value for another purpose than pseudonyms in data:
     * the purpose is part of the input, so the digest cannot be joined with the tokens in datasets.
     */
    public String digest(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String normalForm(String value) {
        StringBuilder normal = new StringBuilder(value.length());
        value.codePoints().filter(Character::isLetterOrDigit).forEach(normal::appendCodePoint);
        String folded = normal.toString().toLowerCase(Locale.ROOT);
        return value.indexOf('@') >= 0 ? value.trim().toLowerCase(Locale.ROOT) : folded;
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder(TOKEN_CHARACTERS);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < TOKEN_CHARACTERS) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
