package com.stagewise.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the session cookie, reads the CSRF token from the last page,
 * and posts forms the way the pages do. For functional tests over real HTTP.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("stagewise_session=([^;]*)");

    private final TestApp app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String sessionCookie;
    private String csrf;
    private String address = "127.0.0.1";

    public WebClient(TestApp app) {
        this.app = app;
    }

    /** Pretends to come from another address, as a proxy would say (only when the app trusts it). */
    public WebClient from(String forwardedAddress) {
        this.address = forwardedAddress;
        return this;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        rememberCsrf(response);
        return response;
    }

    /** Posts the form with this client's CSRF token added. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        HttpResponse<String> response = send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build());
        rememberCsrf(response);
        return response;
    }

    public HttpResponse<String> signIn(String email, String password) {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    public Optional<String> sessionCookie() {
        return Optional.ofNullable(sessionCookie);
    }

    public void useSessionCookie(String value) {
        this.sessionCookie = value;
    }

    public String csrf() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (sessionCookie != null) {
            builder.header("Cookie", "stagewise_session=" + sessionCookie);
        }
        builder.header("X-Forwarded-For", address);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                Matcher matcher = SESSION_COOKIE.matcher(header);
                if (matcher.find()) {
                    sessionCookie = header.contains("Max-Age=0") || matcher.group(1).isEmpty() ? null : matcher.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void rememberCsrf(HttpResponse<String> response) {
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
