package com.stagewise.persistence.account;

import com.stagewise.domain.account.Sessions;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiSessions implements Sessions {

    private final Jdbi jdbi;

    public JdbiSessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(String idHash, Long userId, String csrfToken, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_session (id_hash, user_id, csrf_token, created_at, "
                        + "last_seen_at) VALUES (:id, :user, :csrf, :now, :now)")
                .bind("id", idHash).bind("user", userId).bind("csrf", csrfToken).bind("now", Timestamps.bind(now))
                .execute());
    }

    @Override
    public Optional<Session> find(String idHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_session WHERE id_hash = :id")
                .bind("id", idHash)
                .map((rs, ctx) -> new Session(rs.getString("id_hash"), (Long) rs.getObject("user_id", Long.class),
                        rs.getString("csrf_token"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "last_seen_at")))
                .findOne());
    }

    @Override
    public void touch(String idHash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE web_session SET last_seen_at = :now WHERE id_hash = :id")
                .bind("now", Timestamps.bind(now)).bind("id", idHash).execute());
    }

    @Override
    public void delete(String idHash) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE id_hash = :id").bind("id", idHash).execute());
    }

    @Override
    public void deleteForUser(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE user_id = :user").bind("user", userId).execute());
    }

    @Override
    public int deleteIdleSince(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM web_session WHERE last_seen_at < :cutoff")
                .bind("cutoff", Timestamps.bind(cutoff)).execute());
    }
}
