package com.stagewise.web.home;

import com.stagewise.web.access.Visitor;
import io.javalin.http.Context;
import java.util.Map;

/** The front page: what Stagewise is and the way in, or, once signed in, the way to each part of it. */
public final class HomeHandler {

    public void show(Context ctx) {
        if (Visitor.of(ctx).signedIn()) {
            ctx.render("home/start", Map.of("nav", "home"));
            return;
        }
        ctx.render("home/index", Map.of("nav", "home"));
    }
}
