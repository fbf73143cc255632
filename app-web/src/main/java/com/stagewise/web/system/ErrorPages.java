package com.stagewise.web.system;

import com.stagewise.web.access.AccessFilter;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error pages say what happened in plain words and nothing about the inside of the app. */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    public void notFound(Context ctx) {
        if (alreadyAnswered(ctx)) {
            return;
        }
        if (wantsJson(ctx)) {
            ctx.json(errorBody("not found"));
            return;
        }
        ctx.render("error/404", Map.of());
    }

    public void forbidden(Context ctx) {
        if (alreadyAnswered(ctx)) {
            return;
        }
        if (wantsJson(ctx)) {
            ctx.json(errorBody("forbidden"));
            return;
        }
        ctx.render("error/403", Map.of());
    }

    public void csrfRejected(AccessFilter.CsrfRejected e, Context ctx) {
        ctx.status(403);
        ctx.render("error/csrf", Map.of());
    }

    /** Javalin's own responses (404, 403, 400 …) go through the matching page. */
    public void httpResponse(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus());
        switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 403 -> forbidden(ctx);
            case 503 -> {
                ctx.header("Retry-After", "5");
                if (wantsJson(ctx)) {
                    ctx.json(errorBody("busy, try again in a few seconds"));
                } else {
                    ctx.render("error/503", Map.of());
                }
            }
            default -> {
                if (wantsJson(ctx)) {
                    ctx.json(errorBody("request not understood"));
                } else {
                    ctx.render("error/400", Map.of());
                }
            }
        }
    }

    public void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected {} on {} {}\n{}", e.getClass().getName(), ctx.method(), RequestLog.routePattern(ctx),
                withoutMessages(e));
        ctx.status(500);
        if (wantsJson(ctx)) {
            ctx.json(errorBody("internal error"));
            return;
        }
        try {
            ctx.render("error/500", Map.of());
        } catch (RuntimeException renderFailed) {
            ctx.contentType("text/plain; charset=utf-8").result("Something went wrong on our side.");
        }
    }

    /**
     * The stack trace without any exception message: messages may quote what was typed or, for SQL
     * errors, the bound values, and patient data must never reach a log.
     */
    static String withoutMessages(Throwable e) {
        StringBuilder trace = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            trace.append(t == e ? "" : "caused by ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                trace.append("    at ").append(frames[i]).append('\n');
            }
        }
        return trace.toString();
    }

    /**
     * Javalin runs the status handlers after the exception handlers: a response that already has
     * its own body (the CSRF page, an API error list) keeps it instead of the generic page.
     */
    private static boolean alreadyAnswered(Context ctx) {
        return ctx.resultInputStream() != null;
    }

    private static Map<String, Object> errorBody(String message) {
        return Map.of("errors", List.of(Map.of("field", "", "message", message)));
    }

    private static boolean wantsJson(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
