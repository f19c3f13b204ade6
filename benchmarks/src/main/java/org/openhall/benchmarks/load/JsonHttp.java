package org.openhall.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the load generator: JDK {@code HttpClient} over HTTP/1.1 with kept-alive
 * connections, one client shared by all load threads, JSON sent as text. A client with staff
 * credentials signs in once (password and authenticator code) and sends the session token with
 * every request, as OpenHall's own clients do.
 */
public final class JsonHttp {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String credentials;
    private volatile String authorization;

    /** @param credentials {@code user:password} of a Heshan demo account, or {@code null} for none */
    public JsonHttp(String base, String credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /**
     * Signs in if that has not happened yet; the status of a refused sign-in (e.g. 401 while the
     * server is still importing its accounts), or 200.
     */
    private synchronized int signedIn() throws IOException, InterruptedException {
        if (credentials == null || authorization != null) {
            return 200;
        }
        StaffSignIn.Outcome outcome = StaffSignIn.signIn(client, base, credentials, Clock.systemUTC());
        if (outcome.token() != null) {
            authorization = "Bearer " + outcome.token();
        }
        return outcome.status();
    }

    /** POSTs and answers the body; anything but the expected status is an error. */
    public String post(String path, String json, int expectedStatus) throws IOException, InterruptedException {
        int signIn = signedIn();
        if (signIn != 200) {
            throw new IOException("sign-in answered " + signIn);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expectedStatus) {
            throw new IOException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public int get(String path) throws IOException, InterruptedException {
        int signIn = signedIn();
        if (signIn != 200) {
            return signIn;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs without signing in and answers the body, whatever the status. */
    public String getBody(String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build();
        return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    public static String idOf(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }
}
