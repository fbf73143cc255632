package com.stagewise.domain.account;

import com.stagewise.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Name and contact details of a clinic, as printed on handouts. */
public record ClinicDetails(String name, String address, String phone, String email) {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 500;
    public static final int PHONE_MAX = 60;
    public static final int EMAIL_MAX = 200;

    public ClinicDetails {
        name = Objects.requireNonNull(name, "name").strip();
        address = Objects.requireNonNullElse(address, "").strip();
        phone = Objects.requireNonNullElse(phone, "").strip();
        email = Objects.requireNonNullElse(email, "").strip();
        List<FieldProblem> problems = problems(name, address, phone, email);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid clinic details: " + problems);
        }
    }

    public static List<FieldProblem> problems(String name, String address, String phone, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            problems.add(FieldProblem.of("name", "clinic.name.required"));
        } else if (trimmedName.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "field.too-long", NAME_MAX));
        }
        if (address != null && address.strip().length() > ADDRESS_MAX) {
            problems.add(FieldProblem.of("address", "field.too-long", ADDRESS_MAX));
        }
        if (phone != null && phone.strip().length() > PHONE_MAX) {
            problems.add(FieldProblem.of("phone", "field.too-long", PHONE_MAX));
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            problems.add(FieldProblem.of("email", "email.invalid"));
        }
        return problems;
    }
}
