package com.stagewise.web.system;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request. It names the route pattern, never the path itself: a share link's path
 * holds its token, and other paths hold record ids that are nobody's business in a log.
 */
public final class RequestLog implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger("stagewise.request");

    @Override
    public void handle(Context ctx, Float milliseconds) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {}ms", ctx.method(), routePattern(ctx), ctx.statusCode(),
                    String.format(java.util.Locale.ROOT, "%.1f", milliseconds));
        }
    }

    static String routePattern(Context ctx) {
        // static files and 404s match no endpoint; their paths are not logged either
        io.javalin.router.Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null || endpoint.path.isEmpty() ? "(unmatched)" : endpoint.path;
    }
}
