package com.stagewise.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** The loose check a sign-in name needs: one @, something on both sides, a dot in the domain. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email).matches();
    }

    /** Sign-in names compare without case and surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
