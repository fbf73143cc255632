package com.stagewise.domain.account;

import java.util.Objects;

/** A clinic and the details printed on its handouts. */
public record Clinic(long id, ClinicDetails details) {

    public Clinic {
        Objects.requireNonNull(details, "details");
    }

    public String name() {
        return details.name();
    }
}
