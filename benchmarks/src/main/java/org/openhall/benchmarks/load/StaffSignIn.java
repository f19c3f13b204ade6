package org.openhall.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhall.network.domain.signin.TimeBasedOneTimePassword;
import org.openhall.network.domain.signin.TotpSecret;

/**
 * Signs a Heshan demo account in the way staff do: password plus the authenticator code, computed
 * from the account's demo secret in the county pack. A load client signs in once and sends the
 * session token with every request; two clients of one account within the same 30 seconds use the
 * next step's code, which OpenHall accepts as clock drift, since a code works only once.
 */
final class StaffSignIn {

    private static final Pattern STAFF_LINE = Pattern.compile("username: ([^,\\s]+),.*totpSecret: ([A-Z2-7]+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, TotpSecret> SECRETS = demoSecrets();

    private StaffSignIn() {
    }

    private static Map<String, TotpSecret> demoSecrets() {
        Map<String, TotpSecret> secrets = new HashMap<>();
        try (InputStream in = StaffSignIn.class.getResourceAsStream("/county-packs/heshan/staff.yaml")) {
            if (in == null) {
                return secrets;
            }
            Matcher m = STAFF_LINE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                secrets.put(m.group(1), TotpSecret.ofBase32(m.group(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }

    /** The outcome of a sign-in: the token, or the status that refused it. */
    record Outcome(int status, String token) {
    }

    /**
     * Signs {@code credentials} ({@code user:password}) in at {@code base}, with the code of the step
     * {@code clock} is in: the server under load runs on the same machine's clock.
     */
    static Outcome signIn(HttpClient client, String base, String credentials, Clock clock)
            throws IOException, InterruptedException {
        int colon = credentials.indexOf(':');
        String username = credentials.substring(0, colon);
        String password = credentials.substring(colon + 1);
        TotpSecret secret = SECRETS.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("the Heshan pack has no second factor for " + username);
        }
        long step = TimeBasedOneTimePassword.STAFF.stepAt(clock.instant());
        HttpResponse<String> r = null;
        for (long codeStep : new long[] { step, step + 1, step - 1 }) {
            String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"code\":\""
                    + TimeBasedOneTimePassword.STAFF.codeAt(secret, codeStep) + "\"}";
            r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/sign-in"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 401 || !r.body().contains("auth.code-already-used")) {
                break;
            }
        }
        Matcher token = TOKEN.matcher(r.body());
        return r.statusCode() == 200 && token.find() ? new Outcome(200, token.group(1)) : new Outcome(r.statusCode(), null);
    }
}
