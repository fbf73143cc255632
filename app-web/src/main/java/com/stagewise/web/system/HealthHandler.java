package com.stagewise.web.system;

import com.stagewise.persistence.Database;
import io.javalin.http.Context;

/** {@code GET /health}: 200 only while the database answers, so a load balancer can take an instance out. */
public final class HealthHandler {

    private final Database database;

    public HealthHandler(Database database) {
        this.database = database;
    }

    /** Set when the instance begins to shut down, so the load balancer stops sending it requests. */
    private static volatile boolean stopping;

    public static void stopping() {
        stopping = true;
    }

    /** {@code GET /ready}: like /health, and 503 once the instance is shutting down. */
    public void ready(Context ctx) {
        if (stopping) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(503).contentType("text/plain; charset=utf-8").result("stopping");
            return;
        }
        health(ctx);
    }

    public void health(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (database.isAlive()) {
            ctx.status(200).contentType("text/plain; charset=utf-8").result("ok");
        } else {
            ctx.status(503).contentType("text/plain; charset=utf-8").result("database unavailable");
        }
    }
}
