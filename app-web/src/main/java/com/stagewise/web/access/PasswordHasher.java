package com.stagewise.web.access;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt, through a well-kept library; the cost is a setting so tests need not pay production's price. */
public final class PasswordHasher {

    public static final int PRODUCTION_COST = 12;
    /** bcrypt's limit; the library refuses longer input rather than cutting it. */
    private static final int MAX_BYTES = 72;

    /** Compared against when the account does not exist, so both paths take as long. */
    private final String decoy;
    private final int cost;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-for-unknown-accounts");
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
