package com.stagewise.domain.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in to one clinic. {@code passwordSet} is false until an invitation is accepted. */
public record User(long id, long clinicId, String email, String displayName, Set<Role> roles,
        boolean active, boolean passwordSet) {

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        // an EnumSet keeps the roles in one order wherever they are listed
        roles = java.util.Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean canSignIn() {
        return active && passwordSet;
    }
}
