package com.stagewise.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Port: the clinics' API keys, stored as hashes. */
public interface ApiKeys {

    long create(long clinicId, String name, String keyHash, String prefix, Long createdBy, Instant now);

    List<ApiKey> list(long clinicId);

    boolean revoke(long clinicId, long keyId, Instant now);

    /** The clinic of an active key with this hash; marks it as used. */
    OptionalLong clinicOfActiveKey(String keyHash, Instant now);
}
