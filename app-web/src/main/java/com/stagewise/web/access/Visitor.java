package com.stagewise.web.access;

import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.Sessions.Session;
import com.stagewise.domain.account.User;
import io.javalin.http.Context;
import java.util.Optional;

/** Who is making this request: their session (if any), the signed-in user (if any), the API clinic (if any). */
public record Visitor(Optional<Session> session, Optional<User> user, Optional<Long> apiClinicId) {

    private static final String ATTRIBUTE = "stagewise.visitor";
    private static final Visitor ANONYMOUS = new Visitor(Optional.empty(), Optional.empty(), Optional.empty());

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor == null ? ANONYMOUS : visitor;
    }

    static void set(Context ctx, Visitor visitor) {
        ctx.attribute(ATTRIBUTE, visitor);
    }

    public static Visitor anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public boolean has(Role role) {
        return user.map(u -> u.is(role)).orElse(false);
    }

    /** The signed-in user; only for handlers behind a signed-in route. */
    public User requireUser() {
        return user.orElseThrow(() -> new IllegalStateException("route is not behind sign-in"));
    }

    /** The clinic whose data this request may see: the user's, or the API key's. */
    public long clinicId() {
        return user.map(User::clinicId).or(() -> apiClinicId).orElseThrow(
                () -> new IllegalStateException("no clinic for an anonymous request"));
    }
}
