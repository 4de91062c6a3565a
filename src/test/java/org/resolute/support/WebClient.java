package org.resolute.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for a server test: signs in with the form like a browser, or calls the API. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;

    public WebClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public WebClient signIn(String username, String password) throws Exception {
        String form = get("/login").body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + token.group(1))));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode());
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the API authenticated by a personal access token, asking for JSON. */
    public HttpRequest.Builder withToken(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
