package io.meridian.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * API keys: {@code mk_} and 32 base62 characters (190 bits from SecureRandom). Only the SHA-256
 * of a key is stored; with that much entropy a slow hash adds nothing and would forbid lookup.
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "mk_";
    private static final int RANDOM_CHARACTERS = 32;
    private static final int SHOWN_CHARACTERS = 8;
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public static String generate() {
        StringBuilder key = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return key.toString();
    }

    public static boolean looksLikeKey(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() == PREFIX.length() + RANDOM_CHARACTERS;
    }

    /** The part of a key that lists show, enough to tell keys apart and useless to an attacker. */
    public static String displayPrefix(String key) {
        return key.substring(0, PREFIX.length() + SHOWN_CHARACTERS);
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
