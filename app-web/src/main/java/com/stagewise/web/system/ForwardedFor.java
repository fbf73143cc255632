package com.stagewise.web.system;

/** The client's address when the app runs behind its reverse proxy ({@code STAGEWISE_TRUST_PROXY}). */
public final class ForwardedFor {

    private ForwardedFor() {
    }

    /**
     * The last address of the {@code X-Forwarded-For} header: the one the proxy in front of the app saw. A
     * proxy that appends to the header keeps whatever the client sent in front of it, so the first entry
     * is whatever the client chose to write, and a new one would buy a fresh sign-in counter. The shipped
     * nginx replaces the header, which comes to the same.
     */
    public static String client(String header, String remoteAddress) {
        if (header == null) {
            return remoteAddress;
        }
        String last = header.substring(header.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? remoteAddress : last;
    }
}
