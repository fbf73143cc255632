package com.stagewise.web.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt, through a well-kept library; the cost is a setting so tests need not pay production's price. */
public final class PasswordHasher {

    public static final int PRODUCTION_COST = 12;
    /** bcrypt's limit; the library refuses longer input rather than cutting it. */
    private static final int MAX_BYTES = 72;

    /**
     * A bcrypt hash's salt and digest, once made of a throwaway password. With this app's cost written in
     * front it is the decoy: checking a password against it takes exactly as long as against a real hash
     * of that cost, so an unknown account answers as slowly as a known one. Hashing a decoy at start-up
     * instead cost over a second of a cold JVM, half of the time to the first answer.
     */
    private static final String DECOY_SALT_AND_DIGEST = "9j0hQtd6tzWv8SS8L9xCju0nXNN6f1GDDojrGDZQq9GMfwS43yd8e";

    /** Compared against when the account does not exist, so both paths take as long. */
    private final String decoy;
    private final int cost;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.decoy = String.format("$2a$%02d$%s", cost, DECOY_SALT_AND_DIGEST);
    }

    String decoy() {
        return decoy;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        if (hash == null) {
            BCrypt.verifyer().verify(password.toCharArray(), decoy.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
