package com.stagewise.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the clinics. */
public interface Clinics {

    long create(ClinicDetails details, Instant now);

    Optional<Clinic> find(long clinicId);

    void update(long clinicId, ClinicDetails details);

    List<Clinic> all();
}
