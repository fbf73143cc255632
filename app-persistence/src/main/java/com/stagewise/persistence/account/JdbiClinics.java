package com.stagewise.persistence.account;

import com.stagewise.domain.account.Clinic;
import com.stagewise.domain.account.ClinicDetails;
import com.stagewise.domain.account.Clinics;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiClinics implements Clinics {

    private static final RowMapper<Clinic> CLINIC = (rs, ctx) -> new Clinic(rs.getLong("id"), new ClinicDetails(
            rs.getString("name"), rs.getString("address"), rs.getString("phone"), rs.getString("email")));

    private final Jdbi jdbi;

    public JdbiClinics(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long create(ClinicDetails details, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO clinic (name, address, phone, email, created_at) "
                        + "VALUES (:name, :address, :phone, :email, :now)")
                .bindMethods(details)
                .bind("now", Timestamps.bind(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<Clinic> find(long clinicId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM clinic WHERE id = :id")
                .bind("id", clinicId).map(CLINIC).findOne());
    }

    @Override
    public void update(long clinicId, ClinicDetails details) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE clinic SET name = :name, address = :address, phone = :phone, "
                        + "email = :email WHERE id = :id")
                .bindMethods(details).bind("id", clinicId).execute());
    }

    @Override
    public List<Clinic> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM clinic ORDER BY id").map(CLINIC).list());
    }
}
