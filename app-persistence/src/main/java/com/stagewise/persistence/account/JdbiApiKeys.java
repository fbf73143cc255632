package com.stagewise.persistence.account;

import com.stagewise.domain.account.ApiKey;
import com.stagewise.domain.account.ApiKeys;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

public final class JdbiApiKeys implements ApiKeys {

    /** Writing "last used" on every call would turn each API read into a write; once a minute is enough. */
    private static final long LAST_USED_GRANULARITY_SECONDS = 60;

    private final Jdbi jdbi;

    public JdbiApiKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(long clinicId, String name, String keyHash, String prefix, Long createdBy, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO api_key (clinic_id, name, key_hash, prefix, created_by, "
                        + "created_at) VALUES (:clinic, :name, :hash, :prefix, :by, :now)")
                .bind("clinic", clinicId).bind("name", name).bind("hash", keyHash).bind("prefix", prefix)
                .bind("by", createdBy).bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public List<ApiKey> list(long clinicId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_key WHERE clinic_id = :clinic "
                        + "ORDER BY revoked_at IS NOT NULL, created_at DESC, id DESC")
                .bind("clinic", clinicId)
                .map((rs, ctx) -> new ApiKey(rs.getLong("id"), rs.getLong("clinic_id"), rs.getString("name"),
                        rs.getString("prefix"), Timestamps.read(rs, "created_at"),
                        Optional.ofNullable(Timestamps.read(rs, "revoked_at")),
                        Optional.ofNullable(Timestamps.read(rs, "last_used_at"))))
                .list());
    }

    @Override
    public boolean revoke(long clinicId, long keyId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE api_key SET revoked_at = :now "
                        + "WHERE id = :id AND clinic_id = :clinic AND revoked_at IS NULL")
                .bind("now", Timestamps.bind(now)).bind("id", keyId).bind("clinic", clinicId).execute()) == 1;
    }

    @Override
    public OptionalLong clinicOfActiveKey(String keyHash, Instant now) {
        return jdbi.withHandle(h -> {
            Optional<long[]> found = h.createQuery("SELECT id, clinic_id, last_used_at FROM api_key "
                            + "WHERE key_hash = :hash AND revoked_at IS NULL")
                    .bind("hash", keyHash)
                    .map((rs, ctx) -> {
                        Instant lastUsed = Timestamps.read(rs, "last_used_at");
                        boolean stale = lastUsed == null
                                || lastUsed.plusSeconds(LAST_USED_GRANULARITY_SECONDS).isBefore(now);
                        return new long[] {rs.getLong("id"), rs.getLong("clinic_id"), stale ? 1 : 0};
                    })
                    .findOne();
            if (found.isEmpty()) {
                return OptionalLong.empty();
            }
            if (found.get()[2] == 1) {
                h.createUpdate("UPDATE api_key SET last_used_at = :now WHERE id = :id")
                        .bind("now", Timestamps.bind(now)).bind("id", found.get()[0]).execute();
            }
            return OptionalLong.of(found.get()[1]);
        });
    }
}
