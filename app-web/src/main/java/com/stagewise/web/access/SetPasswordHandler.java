package com.stagewise.web.access;

import com.stagewise.domain.account.PasswordPolicy;
import com.stagewise.domain.account.User;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The page behind a one-time link, where an invited or reset user chooses a password. */
public final class SetPasswordHandler {

    private final AccountService accounts;
    private final SessionManager sessions;
    private final Audit audit;
    private final Messages messages;

    public SetPasswordHandler(AccountService accounts, SessionManager sessions, Audit audit, Messages messages) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.messages = messages;
    }

    public void show(Context ctx) {
        noReferrer(ctx);
        Optional<User> user = accounts.userOfLink(ctx.pathParam("token"));
        if (user.isEmpty()) {
            ctx.status(HttpStatus.GONE).render("access/link-invalid", Map.of());
            return;
        }
        render(ctx, new Form(messages, PageModel.locale(ctx)), user.get());
    }

    public void set(Context ctx) {
        noReferrer(ctx);
        String token = ctx.pathParam("token");
        Optional<User> user = accounts.userOfLink(token);
        if (user.isEmpty()) {
            ctx.status(HttpStatus.GONE).render("access/link-invalid", Map.of());
            return;
        }
        Form form = new Form(messages, PageModel.locale(ctx));
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String confirm = Optional.ofNullable(ctx.formParam("confirm")).orElse("");
        PasswordPolicy.problem(password, user.get().email())
                .ifPresent(key -> form.error("password", key, PasswordPolicy.MIN_LENGTH));
        if (!form.hasError("password") && !password.equals(confirm)) {
            form.error("confirm", "password.mismatch");
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, user.get());
            return;
        }
        Optional<User> updated = accounts.setPassword(token, password);
        if (updated.isEmpty()) {
            ctx.status(HttpStatus.GONE).render("access/link-invalid", Map.of());
            return;
        }
        audit.record(updated.get().clinicId(), updated.get(), "PASSWORD_SET", "user", updated.get().id(), "");
        sessions.signOut(ctx);
        ctx.redirect("/login?notice=password-set", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Form form, User user) {
        sessions.csrfForForm(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("invitee", user);
        model.put("minLength", PasswordPolicy.MIN_LENGTH);
        ctx.render("access/set-password", model);
    }

    /** The token is in this page's address; it must not travel on in a Referer header. */
    private static void noReferrer(Context ctx) {
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }
}
