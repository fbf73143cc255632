package com.stagewise.persistence.account;

import com.stagewise.domain.account.OneTimeTokens;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

public final class JdbiOneTimeTokens implements OneTimeTokens {

    private final Jdbi jdbi;

    public JdbiOneTimeTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(String tokenHash, long userId, Instant expiresAt, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO one_time_token (token_hash, user_id, created_at, expires_at) "
                        + "VALUES (:hash, :user, :now, :expires)")
                .bind("hash", tokenHash).bind("user", userId).bind("now", Timestamps.bind(now))
                .bind("expires", Timestamps.bind(expiresAt)).execute());
    }

    @Override
    public OptionalLong consume(String tokenHash, Instant now) {
        return jdbi.inTransaction(h -> {
            // the conditional update is what makes the token single-use, even with two instances racing
            int used = h.createUpdate("UPDATE one_time_token SET used_at = :now "
                            + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                    .bind("now", Timestamps.bind(now)).bind("hash", tokenHash).execute();
            if (used != 1) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(h.createQuery("SELECT user_id FROM one_time_token WHERE token_hash = :hash")
                    .bind("hash", tokenHash).mapTo(Long.class).one());
        });
    }

    @Override
    public OptionalLong peek(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM one_time_token "
                        + "WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", Timestamps.bind(now)).mapTo(Long.class).findOne()
                .map(OptionalLong::of).orElse(OptionalLong.empty()));
    }

    @Override
    public void revokeForUser(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM one_time_token WHERE user_id = :user AND used_at IS NULL")
                .bind("user", userId).execute());
    }
}
