package com.stagewise.web.access;

import com.stagewise.domain.account.Sessions;
import com.stagewise.domain.account.Sessions.Session;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import com.stagewise.web.system.PageModel;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sessions behind a cookie that holds only a random id; the database holds its hash, the user and
 * the CSRF token, so any instance can serve the next request and a restart signs nobody out.
 */
public final class SessionManager {

    public static final String COOKIE = "stagewise_session";
    /** Writing last-seen on every request would make every page a write; a minute's precision is enough. */
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final Sessions sessions;
    private final Users users;
    private final Clock clock;
    private final Duration idleTimeout;
    private final boolean secureCookies;

    public SessionManager(Sessions sessions, Users users, Clock clock, Duration idleTimeout, boolean secureCookies) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.secureCookies = secureCookies;
    }

    /** Before every request: who is this? */
    public void identify(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || cookie.isBlank() || ctx.path().startsWith("/static/")) {
            return;
        }
        String idHash = Tokens.hash(cookie);
        Optional<Session> found = sessions.find(idHash);
        if (found.isEmpty()) {
            clearCookie(ctx);
            return;
        }
        Session session = found.get();
        Instant now = clock.instant();
        if (session.lastSeenAt().plus(idleTimeout).isBefore(now)) {
            sessions.delete(idHash);
            clearCookie(ctx);
            return;
        }
        Optional<User> user = Optional.empty();
        if (session.signedIn()) {
            user = users.findForSession(session.userId()).filter(User::canSignIn);
            if (user.isEmpty()) {
                sessions.delete(idHash);
                clearCookie(ctx);
                return;
            }
        }
        if (session.lastSeenAt().plus(TOUCH_GRANULARITY).isBefore(now)) {
            sessions.touch(idHash, now);
        }
        Visitor.set(ctx, new Visitor(Optional.of(session), user, Optional.empty()));
        PageModel.put(ctx, "csrf", session.csrfToken());
        user.ifPresent(u -> PageModel.put(ctx, "currentUser", u));
    }

    /** A session for an anonymous form (sign-in, set password), so it can carry a CSRF token. */
    public String csrfForForm(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.session().isPresent()) {
            return visitor.session().get().csrfToken();
        }
        return start(ctx, null);
    }

    /** Signs in with a new session id, so an id planted before sign-in is worth nothing after it. */
    public void signIn(Context ctx, User user) {
        Visitor.of(ctx).session().ifPresent(old -> sessions.delete(old.idHash()));
        if (clock.millis() % 16 == 0) {
            // occasional housekeeping keeps the table small without a scheduler on every instance
            sessions.deleteIdleSince(clock.instant().minus(idleTimeout));
        }
        start(ctx, user.id());
    }

    public void signOut(Context ctx) {
        Visitor.of(ctx).session().ifPresent(session -> sessions.delete(session.idHash()));
        clearCookie(ctx);
    }

    private String start(Context ctx, Long userId) {
        String id = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        sessions.create(Tokens.hash(id), userId, csrf, now);
        ctx.header("Set-Cookie", cookie(id, false));
        Visitor.set(ctx, new Visitor(Optional.of(new Session(Tokens.hash(id), userId, csrf, now, now)),
                Optional.empty(), Optional.empty()));
        PageModel.put(ctx, "csrf", csrf);
        return csrf;
    }

    private void clearCookie(Context ctx) {
        ctx.header("Set-Cookie", cookie("", true));
    }

    private String cookie(String value, boolean expire) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : "")
                + (expire ? "; Max-Age=0" : "");
    }
}
