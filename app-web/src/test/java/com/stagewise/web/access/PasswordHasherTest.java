package com.stagewise.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void a_password_matches_its_own_hash_only() {
        PasswordHasher hasher = new PasswordHasher(4);
        String hash = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("a".repeat(73), hash)).as("over bcrypt's 72 bytes").isFalse();
    }

    /** The unknown-account path must pay a full check at the app's cost, or its speed would reveal who has an account. */
    @Test
    void the_decoy_for_unknown_accounts_is_a_well_formed_hash_at_the_configured_cost() {
        for (int cost : new int[] {4, 10, PasswordHasher.PRODUCTION_COST}) {
            PasswordHasher hasher = new PasswordHasher(cost);
            BCrypt.Result result = BCrypt.verifyer().verify("anything".toCharArray(),
                    hasher.decoy().getBytes(StandardCharsets.UTF_8));
            assertThat(result.validFormat).as("cost %d", cost).isTrue();
            assertThat(result.details.cost).isEqualTo(cost);
            assertThat(result.verified).isFalse();
        }
        assertThat(new PasswordHasher(4).matches("decoy-password-for-unknown-accounts", null)).isFalse();
    }
}
