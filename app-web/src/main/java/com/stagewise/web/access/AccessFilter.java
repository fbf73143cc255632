package com.stagewise.web.access;

import com.stagewise.domain.account.ApiKeys;
import com.stagewise.domain.account.Role;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs before every matched route: checks the route's {@link Access} against the visitor, and the
 * CSRF token on every state-changing request that is not an API call.
 */
public final class AccessFilter {

    public static final String CSRF_FIELD = "_csrf";

    private final ApiKeys apiKeys;
    private final Clock clock;

    public AccessFilter(ApiKeys apiKeys, Clock clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            throw new ForbiddenResponse();
        }
        if (roles.contains(Access.API_KEY)) {
            authenticateApi(ctx);
            return;
        }
        if (roles.contains(Access.SHARE_LINK)) {
            return;
        }
        if (!roles.contains(Access.PUBLIC)) {
            Visitor visitor = Visitor.of(ctx);
            if (!visitor.signedIn()) {
                askToSignIn(ctx);
                return;
            }
            boolean allowed = roles.contains(Access.SIGNED_IN)
                    || roles.contains(Access.ADMIN) && visitor.has(Role.ADMIN)
                    || roles.contains(Access.CLINICIAN) && visitor.has(Role.CLINICIAN);
            if (!allowed) {
                throw new ForbiddenResponse();
            }
        }
        if (changesState(ctx)) {
            checkCsrf(ctx);
        }
    }

    private void authenticateApi(Context ctx) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        OptionalLong clinic = OptionalLong.empty();
        if (header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            clinic = apiKeys.clinicOfActiveKey(Tokens.hash(header.substring(7).strip()), clock.instant());
        }
        if (clinic.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            ctx.status(401).json(Map.of("errors", List.of(Map.of("field", "", "message",
                    "a valid API key is needed: Authorization: Bearer <key>"))));
            ctx.skipRemainingHandlers();
            return;
        }
        Visitor.set(ctx, new Visitor(Optional.empty(), Optional.empty(), Optional.of(clinic.getAsLong())));
    }

    private static void askToSignIn(Context ctx) {
        String target = ctx.method() == HandlerType.GET ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
        ctx.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static boolean changesState(Context ctx) {
        HandlerType method = ctx.method();
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }

    private static void checkCsrf(Context ctx) {
        String expected = Visitor.of(ctx).session().map(s -> s.csrfToken()).orElse(null);
        String sent = ctx.formParam(CSRF_FIELD);
        if (!Tokens.sameSecret(expected, sent)) {
            throw new CsrfRejected();
        }
    }

    /** A form that came without the right token: refused, nothing changed. */
    public static final class CsrfRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CsrfRejected() {
            super("CSRF token missing or wrong");
        }
    }
}
