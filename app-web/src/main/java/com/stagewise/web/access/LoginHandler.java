package com.stagewise.web.access;

import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import com.stagewise.domain.account.Users.Credentials;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sign in and sign out. */
public final class LoginHandler {

    /** Notices the sign-in page may show after a redirect; anything else in the query is ignored. */
    private static final Set<String> NOTICES = Set.of("password-set", "signed-out", "session-expired");

    private final Users users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionManager sessions;
    private final Audit audit;
    private final Messages messages;

    public LoginHandler(Users users, PasswordHasher hasher, LoginThrottle throttle, SessionManager sessions,
            Audit audit, Messages messages) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.messages = messages;
    }

    public void show(Context ctx) {
        if (Visitor.of(ctx).signedIn()) {
            ctx.redirect(safeNext(ctx.queryParam("next")));
            return;
        }
        Form form = new Form(messages, com.stagewise.web.system.PageModel.locale(ctx))
                .with("email", "").with("next", safeNext(ctx.queryParam("next")));
        String notice = ctx.queryParam("notice");
        render(ctx, form, notice != null && NOTICES.contains(notice) ? "login.notice." + notice : null);
    }

    public void signIn(Context ctx) {
        Form form = Form.submitted(ctx, messages, "email", "next");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (form.value("email").isEmpty()) {
            form.error("email", "email.required");
        }
        if (password.isEmpty()) {
            form.error("password", "password.required");
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, null);
            return;
        }
        String email = form.value("email");
        if (throttle.blocked(email, ctx.ip())) {
            form.error("email", "login.throttled");
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            render(ctx, form, null);
            return;
        }
        Optional<Credentials> credentials = users.credentials(email);
        boolean matches = hasher.matches(password, credentials.map(Credentials::passwordHash).orElse(null));
        if (!matches || !credentials.get().user().canSignIn()) {
            throttle.failed(email, ctx.ip());
            form.error("email", "login.failed");
            ctx.status(HttpStatus.UNAUTHORIZED);
            render(ctx, form, null);
            return;
        }
        User user = credentials.get().user();
        throttle.succeeded(email);
        sessions.signIn(ctx, user);
        audit.record(user.clinicId(), user, "SIGNED_IN", "user", user.id(), "");
        ctx.redirect(safeNext(form.value("next")), HttpStatus.SEE_OTHER);
    }

    public void signOut(Context ctx) {
        Visitor.of(ctx).user().ifPresent(user -> audit.record(user.clinicId(), user, "SIGNED_OUT", "user", user.id(), ""));
        sessions.signOut(ctx);
        ctx.redirect("/login?notice=signed-out", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Form form, String noticeKey) {
        sessions.csrfForForm(ctx);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        if (noticeKey != null) {
            model.put("notice", noticeKey);
        }
        ctx.render("access/login", model);
    }

    /** Only paths on this site: an open redirect would let a phishing link borrow our address. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }
}
