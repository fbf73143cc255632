package com.stagewise.domain.account;

import com.stagewise.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an admin types to invite someone: checked before anything is stored. */
public record NewUser(String email, String displayName, Set<Role> roles) {

    public static final int NAME_MAX = 200;

    public NewUser {
        email = EmailAddress.normalise(email);
        displayName = displayName == null ? "" : displayName.strip();
        roles = Set.copyOf(roles);
        List<FieldProblem> problems = problems(email, displayName, roles);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid user: " + problems);
        }
    }

    public static List<FieldProblem> problems(String email, String displayName, Set<Role> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (email == null || email.isBlank()) {
            problems.add(FieldProblem.of("email", "email.required"));
        } else if (!EmailAddress.isValid(EmailAddress.normalise(email))) {
            problems.add(FieldProblem.of("email", "email.invalid"));
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("displayName", "user.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(FieldProblem.of("displayName", "field.too-long", NAME_MAX));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of("roles", "user.roles.required"));
        }
        return problems;
    }
}
