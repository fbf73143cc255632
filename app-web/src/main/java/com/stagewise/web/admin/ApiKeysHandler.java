package com.stagewise.web.admin;

import com.stagewise.domain.account.ApiKey;
import com.stagewise.domain.account.ApiKeys;
import com.stagewise.web.access.Tokens;
import com.stagewise.web.access.Visitor;
import com.stagewise.web.system.Audit;
import com.stagewise.web.system.Form;
import com.stagewise.web.system.Messages;
import com.stagewise.web.system.PageModel;
import com.stagewise.web.system.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** API keys: named, shown once, stored only as a hash, revocable. */
public final class ApiKeysHandler {

    /** Enough of the key to tell keys apart in a list, far too little to use. */
    static final int PREFIX_LENGTH = 6;
    static final String KEY_PREFIX = "sw_";

    private final ApiKeys apiKeys;
    private final Audit audit;
    private final Messages messages;
    private final Clock clock;

    public ApiKeysHandler(ApiKeys apiKeys, Audit audit, Messages messages, Clock clock) {
        this.apiKeys = apiKeys;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public void list(Context ctx) {
        render(ctx, new Form(messages, PageModel.locale(ctx)), null);
    }

    public void create(Context ctx) {
        Form form = Form.submitted(ctx, messages, "name");
        if (form.value("name").isEmpty()) {
            form.error("name", "apikey.name.required");
        } else if (form.value("name").length() > ApiKey.NAME_MAX) {
            form.error("name", "field.too-long", ApiKey.NAME_MAX);
        }
        if (form.hasErrors()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, null);
            return;
        }
        String key = KEY_PREFIX + Tokens.random();
        long id = apiKeys.create(Visitor.of(ctx).clinicId(), form.value("name"), Tokens.hash(key),
                key.substring(0, KEY_PREFIX.length() + PREFIX_LENGTH), Visitor.of(ctx).requireUser().id(), clock.instant());
        audit.record(ctx, "API_KEY_CREATED", "api_key", id, form.value("name"));
        ctx.header("Cache-Control", "no-store");
        render(ctx, new Form(messages, PageModel.locale(ctx)), key);
    }

    public void revoke(Context ctx) {
        long id = PathIds.id(ctx, "id");
        if (!apiKeys.revoke(Visitor.of(ctx).clinicId(), id, clock.instant())) {
            throw new NotFoundResponse();
        }
        audit.record(ctx, "API_KEY_REVOKED", "api_key", id, "");
        ctx.redirect("/admin/api-keys", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Form form, String newKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("keys", apiKeys.list(Visitor.of(ctx).clinicId()));
        model.put("form", form);
        model.put("hasErrors", form.hasErrors());
        model.put("nav", "api-keys");
        if (newKey != null) {
            model.put("newKey", newKey);
        }
        ctx.render("admin/api-keys", model);
    }
}
