package org.openhall.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.network.domain.signin.TimeBasedOneTimePassword;
import org.openhall.network.domain.signin.TotpSecret;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs the Heshan demo accounts in the way staff do — password plus the authenticator code, which
 * it computes from the account's demo secret in the county pack at the application's (test) clock
 * — and hands out the session tokens.
 *
 * <p>Tests move the clock back and forth, several application contexts share one database, and a
 * code, once used, cannot sign in again. So a token is kept per database, user and 30-second code
 * step and reused whenever a test is at that step again; and when another context already used the
 * current code, the next or previous step's code (accepted as clock drift) signs in instead.
 */
public final class DemoSignIn {

    /** A token no session has: what a request of a user whose sign-in was refused carries. */
    static final String REFUSED = "oh_sign-in-refused";

    private static final Pattern STAFF_LINE = Pattern.compile("username: ([^,\\s]+),.*totpSecret: ([A-Z2-7]+)");
    private static final Map<String, TotpSecret> SECRETS = demoSecrets();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tokens by database, user and step, for the whole test JVM. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** Second factors of accounts the tests opened themselves, by database and user. */
    private static final Map<String, TotpSecret> ENROLLED = new ConcurrentHashMap<>();

    private final HttpClient http;
    private final Clock clock;
    private final String database;

    /** @param database identifies the database the application signs in against (its JDBC URL) */
    public DemoSignIn(HttpClient http, Clock clock, String database) {
        this.http = http;
        this.clock = clock;
        this.database = database;
    }
    /** The second-factor secrets the Heshan pack gives its demo accounts, by user name. */
    static Map<String, TotpSecret> packSecrets() {
        return Map.copyOf(SECRETS);
    }

    /** The demo accounts' second-factor secrets, as the Heshan pack gives them. */
    private static Map<String, TotpSecret> demoSecrets() {
        Map<String, TotpSecret> secrets = new HashMap<>();
        try (InputStream in = DemoSignIn.class.getResourceAsStream("/county-packs/heshan/staff.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = STAFF_LINE.matcher(yaml);
            while (m.find()) {
                secrets.put(m.group(1), TotpSecret.ofBase32(m.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    /**
     * The second factor of an account a test opened itself (not in the pack): set up the first time
     * through the enrolment API, as a new colleague does with an authenticator app, and kept per
     * database for the whole test JVM.
     */
    private TotpSecret enrolled(String username, String password, int port) {
        return ENROLLED.computeIfAbsent(database + "|" + username, key -> {
            Map<String, String> credentials = Map.of("username", username, "password", password);
            HttpResponse<String> begun = postJson(port, "/api/v1/auth/second-factor/enrolment", credentials);
            if (begun.statusCode() != 200) {
                throw new IllegalStateException("enrolment of " + username + " answered " + begun.statusCode() + ": "
                        + begun.body());
            }
            TotpSecret secret = TotpSecret.ofBase32(JSON.readTree(begun.body()).path("secret").asString());
            HttpResponse<String> confirmed = postJson(port, "/api/v1/auth/second-factor/confirmation",
                    Map.of("username", username, "password", password, "code",
                            TimeBasedOneTimePassword.STAFF.codeAt(secret, clock.instant())));
            if (confirmed.statusCode() != 204) {
                throw new IllegalStateException("confirming the enrolment of " + username + " answered "
                        + confirmed.statusCode() + ": " + confirmed.body());
            }
            return secret;
        });
    }

    private HttpResponse<String> postJson(int port, String path, Map<String, String> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The current code of a demo account's authenticator at {@code clock}. */
    static String codeOf(String username, Clock clock) {
        TotpSecret secret = SECRETS.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("the Heshan pack has no second factor for " + username);
        }
        return TimeBasedOneTimePassword.STAFF.codeAt(secret, clock.instant());
    }

    /**
     * The session token for {@code user} ({@code "name:password"}) at the clock's current step;
     * {@link #REFUSED} when sign-in refuses the password.
     */
    public String tokenFor(String user, int port) {
        long step = TimeBasedOneTimePassword.STAFF.stepAt(clock.instant());
        String key = database + "|" + user + "@" + step;
        String token = TOKENS.get(key);
        if (token != null) {
            return token;
        }
        synchronized (TOKENS) {
            token = TOKENS.get(key);
            if (token == null) {
                token = signIn(user, port, step);
                if (!REFUSED.equals(token)) {
                    TOKENS.put(key, token);
                }
            }
            return token;
        }
    }

    private String signIn(String user, int port, long step) {
        // The current step's code first; if another context of this database used it, a neighbour's.
        for (long codeStep : new long[] { step, step + 1, step - 1 }) {
            String answer = signInWithCode(user, port, codeStep);
            if (!answer.startsWith("used:")) {
                return answer;
            }
        }
        throw new IllegalStateException("every code around step " + step + " was used for " + user);
    }

    private String signInWithCode(String user, int port, long codeStep) {
        int colon = user.indexOf(':');
        String username = user.substring(0, colon);
        String password = user.substring(colon + 1);
        TotpSecret secret = SECRETS.get(username);
        if (secret == null) {
            secret = enrolled(username, password, port);
        }
        String body = JSON.writeValueAsString(Map.of("username", username, "password", password, "code",
                TimeBasedOneTimePassword.STAFF.codeAt(secret, codeStep)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 401) {
                return "auth.code-already-used".equals(JSON.readTree(r.body()).path("code").asString())
                        ? "used:" + codeStep : REFUSED;
            }
            if (r.statusCode() != 200) {
                throw new IllegalStateException("sign-in of " + username + " answered " + r.statusCode() + ": "
                        + r.body());
            }
            JsonNode json = JSON.readTree(r.body());
            return json.path("token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
