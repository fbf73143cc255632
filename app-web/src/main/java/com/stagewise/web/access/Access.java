package com.stagewise.web.access;

import io.javalin.security.RouteRole;

/** Who may reach a route. Every route names one; a route without one is refused. */
public enum Access implements RouteRole {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user of a clinic. */
    SIGNED_IN,
    /** A signed-in user with the clinician role. */
    CLINICIAN,
    /** A signed-in user with the admin role. */
    ADMIN,
    /**
     * The patient's page behind a share link. The unguessable token in the address is the
     * credential, so its forms carry no CSRF token: a forger would need the token itself.
     */
    SHARE_LINK,
    /** A request bearing a clinic's API key. */
    API_KEY
}
