package io.meridian.api.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id (password4j, pure Java) with OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane.
 * Verification reads the parameters from the stored hash, so they can be raised later without
 * invalidating existing passwords.
 */
@Singleton
public final class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /** Verified against when the user does not exist, so that a miss costs as long as a hit. Made on first use, not at start. */
    private static final class Decoy {
        static final String HASH = Password.hash("decoy password that matches nothing").addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String storedHash) {
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Burns the time of one verification; used when there is no user to check against. */
    public void verifyDecoy(String password) {
        matches(password, Decoy.HASH);
    }
}
