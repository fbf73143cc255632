package com.stagewise.web.system;

import io.javalin.http.Context;

/** Headers every response carries, pages, errors and static files alike. */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/p/")) {
            // the path holds the share token: it must not leave in a Referer, a cache or a search index
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Robots-Tag", "noindex, nofollow");
        } else {
            ctx.header("Referrer-Policy", "same-origin");
        }
    }
}
