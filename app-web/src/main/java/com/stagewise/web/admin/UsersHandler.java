package com.stagewise.web.admin;

import com.stagewise.domain.account.NewUser;
import com.stagewise.domain.account.Role;
import com.stagewise.domain.account.User;
import com.stagewise.domain.account.Users;
import com.stagewise.web.access.AccountService;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The clinic's people: list, invite, change roles, deactivate, issue a new set-password link. */
public final class UsersHandler {

    private final Users users;
    private final AccountService accounts;
    private final Audit audit;
    private final Messages messages;

    public UsersHandler(Users users, AccountService accounts, Audit audit, Messages messages) {
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
    }

    public void list(Context ctx) {
        renderList(ctx, new Form(messages, PageModel.locale(ctx)).with("roleClinician", "on"));
    }

    public void invite(Context ctx) {
        long clinicId = Visitor.of(ctx).clinicId();
        Form form = Form.submitted(ctx, messages, "email", "displayName", "roleAdmin", "roleClinician");
        Set<Role> roles = roles(form);
        form.problems(NewUser.problems(form.value("email"), form.value("displayName"), roles));
        if (!form.hasErrors()) {
            try {
                AccountService.Created created = accounts.invite(clinicId,
                        new NewUser(form.value("email"), form.value("displayName"), roles));
                audit.record(ctx, "USER_INVITED", "user", created.userId(), form.value("email") + " " + roles);
                showLink(ctx, users.find(clinicId, created.userId()).orElseThrow(), created.setPasswordLink(), true);
                return;
            } catch (Users.EmailTakenException taken) {
                form.error("email", "email.taken");
            }
        }
        ctx.status(HttpStatus.BAD_REQUEST);
        renderList(ctx, form);
    }

    public void show(Context ctx) {
        User user = scopedUser(ctx);
        Form form = new Form(messages, PageModel.locale(ctx))
                .with("displayName", user.displayName())
                .with("roleAdmin", user.is(Role.ADMIN) ? "on" : "")
                .with("roleClinician", user.is(Role.CLINICIAN) ? "on" : "")
                .with("active", user.active() ? "on" : "");
        renderUser(ctx, user, form);
    }

    public void update(Context ctx) {
        User user = scopedUser(ctx);
        User me = Visitor.of(ctx).requireUser();
        Form form = Form.submitted(ctx, messages, "displayName", "roleAdmin", "roleClinician", "active");
        Set<Role> roles = roles(form);
        form.problems(NewUser.problems(user.email(), form.value("displayName"), roles));
        if (user.id() == me.id() && (!roles.contains(Role.ADMIN) || !form.checked("active"))) {
            form.error("roleAdmin", "user.cannot-demote-self");
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderUser(ctx, user, form);
            return;
        }
        users.update(user.clinicId(), user.id(), form.value("displayName"), roles, form.checked("active"));
        audit.record(ctx, "USER_UPDATED", "user", user.id(),
                "roles " + roles + (form.checked("active") ? "" : ", deactivated"));
        ctx.redirect("/admin/users?updated=" + user.id(), HttpStatus.SEE_OTHER);
    }

    public void newLink(Context ctx) {
        User user = scopedUser(ctx);
        String link = accounts.resetLink(user);
        audit.record(ctx, "PASSWORD_LINK_ISSUED", "user", user.id(), "");
        showLink(ctx, user, link, false);
    }

    private User scopedUser(Context ctx) {
        long clinicId = Visitor.of(ctx).clinicId();
        return users.find(clinicId, PathIds.id(ctx, "id")).orElseThrow(NotFoundResponse::new);
    }

    private static Set<Role> roles(Form form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.checked("roleAdmin")) {
            roles.add(Role.ADMIN);
        }
        if (form.checked("roleClinician")) {
            roles.add(Role.CLINICIAN);
        }
        return roles;
    }

    private void renderList(Context ctx, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("users", users.list(Visitor.of(ctx).clinicId()));
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("nav", "users");
        ctx.render("admin/users", model);
    }

    private void renderUser(Context ctx, User user, Form form) {
        ctx.render("admin/user", Map.of("user", user, "form", form, "hasErrors", form.hasErrors(), "nav", "users"));
    }

    private void showLink(Context ctx, User user, String link, boolean invited) {
        // the link is a password in all but name: never cache the page that shows it
        ctx.header("Cache-Control", "no-store");
        ctx.render("admin/user-link", Map.of("user", user, "link", link, "invited", invited, "nav", "users"));
    }
}
