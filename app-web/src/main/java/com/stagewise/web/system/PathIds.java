package com.stagewise.web.system;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Record ids in paths: anything that is not a positive number is simply not found. */
public final class PathIds {

    private PathIds() {
    }

    public static long id(Context ctx, String name) {
        try {
            long id = Long.parseLong(ctx.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // falls through to not found
        }
        throw new NotFoundResponse();
    }
}
