package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.network.domain.signin.TimeBasedOneTimePassword;
import org.openhall.network.domain.signin.TotpSecret;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff sign-in over HTTP against PostgreSQL: password plus authenticator code, single-use codes,
 * idle and absolute session expiry on the application's clock, sign-out, the throttle that locks an
 * (account, address) pair without locking the colleague out, enrolment and password change. Each
 * test uses its own accounts and clock times, since codes, failures and sessions live in the
 * database the other tests share.
 */
class SignInIT extends OpenHallIT {

    @Autowired
    JdbcClient jdbc;

    private static final HttpClient FROM_LOOPBACK_2 = clientFrom("127.0.0.2");
    private static final HttpClient FROM_LOOPBACK_3 = clientFrom("127.0.0.3");
    private static final HttpClient FROM_LOOPBACK_4 = clientFrom("127.0.0.4");
    private static final HttpClient FROM_LOOPBACK_5 = clientFrom("127.0.0.5");
    private static final HttpClient FROM_LOOPBACK_6 = clientFrom("127.0.0.6");
    private static final HttpClient FROM_LOCALHOST = HttpClient.newHttpClient();

    private static HttpClient clientFrom(String address) {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> call(HttpClient client, String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String password, String code) {
        return call(client, "POST", "/api/v1/auth/sign-in", null,
                JSON.writeValueAsString(Map.of("username", username, "password", password, "code", code)));
    }

    private static String code(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("code").asString();
    }

    private static String token(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asString();
    }

    @Test
    void aClerkSignsInWithPasswordAndCodeAndTheTokenOpensTheApi() {
        today("2026-06-15T09:00:00");
        HttpResponse<String> signedIn = signIn(FROM_LOCALHOST, "clerk.zh1", "demo-Clerk-2026", codeOf("clerk.zh1"));

        String token = token(signedIn);
        assertThat(token).startsWith("oh_").hasSizeGreaterThanOrEqualTo(3 + 43);
        assertThat(signedIn.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(JSON.readTree(signedIn.body()).path("roles").get(0).asString()).isEqualTo("CLERK");
        HttpResponse<String> session = call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null);
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(session.body()).path("username").asString()).isEqualTo("clerk.zh1");
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/cases", token, null).statusCode()).isEqualTo(200);
        // The database keeps only the token's hash.
        assertThat(jdbc.sql("SELECT count(*) FROM staff_session WHERE encode(token_hash, 'escape') LIKE :t")
                .param("t", "%" + token + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aCodeSignsInOnceAndIsRefusedWhenReplayed() {
        today("2026-06-15T09:10:00");
        String code = codeOf("clerk.zh2");

        assertThat(signIn(FROM_LOCALHOST, "clerk.zh2", "demo-Clerk-2026", code).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = signIn(FROM_LOCALHOST, "clerk.zh2", "demo-Clerk-2026", code);

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(code(replay)).isEqualTo("auth.code-already-used");
    }

    @Test
    void aWrongPasswordAWrongCodeAndAnUnknownUserAllGetTheSameAnswer() {
        today("2026-06-15T09:20:00");
        HttpResponse<String> wrongPassword = signIn(FROM_LOCALHOST, "clerk.zrzy", "demo-Clerk-2025",
                codeOf("clerk.zrzy"));
        HttpResponse<String> wrongCode = signIn(FROM_LOCALHOST, "clerk.zrzy", "demo-Clerk-2026", "000000");
        HttpResponse<String> unknown = signIn(FROM_LOCALHOST, "nobody.here", "demo-Clerk-2026", "123456");

        for (HttpResponse<String> refused : java.util.List.of(wrongPassword, wrongCode, unknown)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(code(refused)).isEqualTo("auth.unauthenticated");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        // A password alone, as HTTP Basic used to carry it, opens nothing.
        HttpRequest basic = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "clerk.zrzy:demo-Clerk-2026".getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            assertThat(FROM_LOCALHOST.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesOnTheApplicationsClock() {
        today("2026-06-16T09:00:00");
        String token = token(signIn(FROM_LOCALHOST, "clerk.jtys", "demo-Clerk-2026", codeOf("clerk.jtys")));

        today("2026-06-16T09:29:00");
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null).statusCode()).isEqualTo(200);
        today("2026-06-16T09:58:59");
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null).statusCode()).isEqualTo(200);
        today("2026-06-16T10:29:00");
        HttpResponse<String> idle = call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null);

        assertThat(idle.statusCode()).isEqualTo(401);
        assertThat(code(idle)).isEqualTo("auth.unauthenticated");
        assertThat(idle.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer realm=\"OpenHall\", error=\"invalid_token\"");
    }

    @Test
    void aBusySessionStillEndsTenHoursAfterSignIn() {
        today("2026-06-17T08:00:00");
        String token = token(signIn(FROM_LOCALHOST, "clerk.jtys.b", "demo-Clerk-2026", codeOf("clerk.jtys.b")));

        for (int minutes = 20; minutes < 600; minutes += 20) {
            clock.set(java.time.LocalDateTime.parse("2026-06-17T08:00:00").plusMinutes(minutes));
            assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null).statusCode())
                    .as("%d minutes after sign-in", minutes).isEqualTo(200);
        }
        today("2026-06-17T18:00:00");
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSession() {
        today("2026-06-18T09:00:00");
        String token = token(signIn(FROM_LOCALHOST, "clerk.rsj", "demo-Clerk-2026", codeOf("clerk.rsj")));

        assertThat(call(FROM_LOCALHOST, "POST", "/api/v1/auth/sign-out", token, null).statusCode()).isEqualTo(204);
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", token, null).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveFailuresLockTheAddressForThatAccountButTheColleaguesDeskStillSignsIn() {
        today("2026-06-19T09:00:00");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(FROM_LOCALHOST, "clerk.rsj.b", "guess-" + i, "123456").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = signIn(FROM_LOCALHOST, "clerk.rsj.b", "demo-Clerk-2026", codeOf("clerk.rsj.b"));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(code(locked)).isEqualTo("auth.too-many-attempts");
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");

        // The real user at another desk is not locked out by somebody else's guesses.
        today("2026-06-19T09:01:00");
        assertThat(signIn(FROM_LOOPBACK_2, "clerk.rsj.b", "demo-Clerk-2026", codeOf("clerk.rsj.b")).statusCode())
                .isEqualTo(200);
        // The lock on the guessing address ends after fifteen minutes.
        today("2026-06-19T09:15:00");
        assertThat(signIn(FROM_LOCALHOST, "clerk.rsj.b", "demo-Clerk-2026", codeOf("clerk.rsj.b")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void guessesSpreadOverAddressesSlowTheWholeAccountDown() {
        today("2026-06-22T09:00:00");
        HttpClient[] guessers = { FROM_LOOPBACK_3, FROM_LOOPBACK_3, FROM_LOOPBACK_3, FROM_LOOPBACK_3, FROM_LOOPBACK_4,
                FROM_LOOPBACK_4, FROM_LOOPBACK_4, FROM_LOOPBACK_4, FROM_LOOPBACK_5, FROM_LOOPBACK_5 };
        for (HttpClient guesser : guessers) {
            assertThat(signIn(guesser, "clerk.slj", "guess", "123456").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> slowed = signIn(FROM_LOOPBACK_6, "clerk.slj", "demo-Clerk-2026", codeOf("clerk.slj"));
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");

        today("2026-06-22T09:00:01");
        assertThat(signIn(FROM_LOOPBACK_6, "clerk.slj", "demo-Clerk-2026", codeOf("clerk.slj")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aNewAccountEnrolsItsAuthenticatorAppBeforeItCanSignIn() {
        today("2026-06-23T09:00:00");
        // An account as an administrator opens it: without a second factor.
        jdbc.sql("DELETE FROM staff_second_factor WHERE username = 'clerk.nync.b'").update();
        assertThat(code(signIn(FROM_LOCALHOST, "clerk.nync.b", "demo-Clerk-2026", "123456")))
                .isEqualTo("auth.second-factor-not-enrolled");

        HttpResponse<String> begun = call(FROM_LOCALHOST, "POST", "/api/v1/auth/second-factor/enrolment", null,
                "{\"username\":\"clerk.nync.b\",\"password\":\"demo-Clerk-2026\"}");
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(200);
        String uri = JSON.readTree(begun.body()).path("otpauthUri").asString();
        TotpSecret secret = TotpSecret.ofBase32(JSON.readTree(begun.body()).path("secret").asString());
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret.base32(), "issuer=", "period=30");

        String code = TimeBasedOneTimePassword.STAFF.codeAt(secret, clock.instant());
        assertThat(call(FROM_LOCALHOST, "POST", "/api/v1/auth/second-factor/confirmation", null,
                "{\"username\":\"clerk.nync.b\",\"password\":\"demo-Clerk-2026\",\"code\":\"" + code + "\"}")
                .statusCode()).isEqualTo(204);

        today("2026-06-23T09:00:30");
        String next = TimeBasedOneTimePassword.STAFF.codeAt(secret, clock.instant());
        assertThat(signIn(FROM_LOCALHOST, "clerk.nync.b", "demo-Clerk-2026", next).statusCode()).isEqualTo(200);
        // Once confirmed, the password alone cannot replace the factor.
        HttpResponse<String> again = call(FROM_LOCALHOST, "POST", "/api/v1/auth/second-factor/enrolment", null,
                "{\"username\":\"clerk.nync.b\",\"password\":\"demo-Clerk-2026\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("auth.second-factor-already-enrolled");
    }

    @Test
    void aPasswordChangeFollowsTheProfileAndEndsTheOldSessions() {
        today("2026-06-24T09:00:00");
        String old = token(signIn(FROM_LOCALHOST, "clerk.fgw.b", "demo-Clerk-2026", codeOf("clerk.fgw.b")));

        today("2026-06-24T09:00:30");
        HttpResponse<String> tooShort = changePassword("clerk.fgw.b", "demo-Clerk-2026", "Short-2026");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(code(tooShort)).isEqualTo("password.weak");
        assertThat(JSON.readTree(tooShort.body()).path("detail").asString()).contains("too-short");

        today("2026-06-24T09:01:00");
        HttpResponse<String> breached = changePassword("clerk.fgw.b", "demo-Clerk-2026", "Welcome@2026");
        assertThat(code(breached)).isEqualTo("password.weak");
        assertThat(JSON.readTree(breached.body()).path("detail").asString()).contains("breached");

        today("2026-06-24T09:01:30");
        assertThat(changePassword("clerk.fgw.b", "demo-Clerk-2026", "合山蓝色窗口旁的三棵木棉树").statusCode()).isEqualTo(204);
        assertThat(call(FROM_LOCALHOST, "GET", "/api/v1/auth/session", old, null).statusCode()).isEqualTo(401);

        today("2026-06-24T09:02:00");
        assertThat(signIn(FROM_LOCALHOST, "clerk.fgw.b", "demo-Clerk-2026", codeOf("clerk.fgw.b")).statusCode())
                .isEqualTo(401);
        today("2026-06-24T09:02:30");
        assertThat(signIn(FROM_LOCALHOST, "clerk.fgw.b", "合山蓝色窗口旁的三棵木棉树", codeOf("clerk.fgw.b")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theThreeSeparatedAdministratorsCannotDoEachOthersWorkNorHandleCases() {
        today("2026-06-25T09:00:00");
        String system = "admin:demo-Admin-2026";
        String security = "security.admin:demo-Security-2026";
        String audit = "audit.admin:demo-Audit-2026";

        // Resetting a colleague's second factor is the security administrator's alone.
        assertThat(post(system, "/api/v1/admin/staff/clerk.hbj/second-factor/reset", null).status()).isEqualTo(403);
        assertThat(post(audit, "/api/v1/admin/staff/clerk.hbj/second-factor/reset", null).status()).isEqualTo(403);
        assertThat(post(security, "/api/v1/admin/staff/security.admin/second-factor/reset", null).code())
                .isEqualTo("auth.second-factor-reset-not-allowed");
        assertThat(post(security, "/api/v1/admin/staff/clerk.hbj/second-factor/reset", null).status())
                .isEqualTo(204);
        assertThat(code(signIn(FROM_LOCALHOST, "clerk.hbj", "demo-Clerk-2026", codeOf("clerk.hbj"))))
                .isEqualTo("auth.second-factor-not-enrolled");

        // The server's internals are the system administrator's; neither other administrator reads them.
        assertThat(get(security, "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(get(audit, "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(get(system, "/actuator/prometheus").status()).isNotIn(401, 403);
        // None of the three handles cases.
        for (String administrator : new String[] { system, security, audit }) {
            assertThat(get(administrator, "/api/v1/cases").status()).as(administrator).isEqualTo(403);
            assertThat(post(administrator, "/api/v1/cases", "{}").status()).as(administrator).isEqualTo(403);
        }
    }

    @Test
    void theSecurityAdministratorUnlocksAnAccountAndGrantsRolesWithinTheSeparationOfDuties() {
        today("2026-06-26T09:00:00");
        String security = "security.admin:demo-Security-2026";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(FROM_LOCALHOST, "clerk.gjj.b", "guess-" + i, "123456").statusCode()).isEqualTo(401);
        }
        assertThat(signIn(FROM_LOCALHOST, "clerk.gjj.b", "demo-Clerk-2026", codeOf("clerk.gjj.b")).statusCode())
                .isEqualTo(429);

        // The colleague calls; the security administrator unlocks at once, not fifteen minutes later.
        today("2026-06-26T09:00:30");
        assertThat(post("admin:demo-Admin-2026", "/api/v1/admin/staff/clerk.gjj.b/unlock", null).status())
                .isEqualTo(403);
        assertThat(post(security, "/api/v1/admin/staff/clerk.gjj.b/unlock", null).status()).isEqualTo(204);
        assertThat(post(security, "/api/v1/admin/staff/nobody.here/unlock", null).code()).isEqualTo("staff.not-found");
        assertThat(signIn(FROM_LOCALHOST, "clerk.gjj.b", "demo-Clerk-2026", codeOf("clerk.gjj.b")).statusCode())
                .isEqualTo(200);

        // A granted role counts from the colleague's next request, and is gone again once revoked.
        today("2026-06-26T09:01:00");
        String clerk = "clerk.gjj.b:demo-Clerk-2026";
        assertThat(get(clerk, "/api/v1/cases/approver-queue").status()).isEqualTo(403);
        Reply granted = send(security, "PUT", "/api/v1/admin/staff/clerk.gjj.b/roles/DEPARTMENT_APPROVER", null, "en");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().path("roles").toString()).isEqualTo("[\"CLERK\",\"DEPARTMENT_APPROVER\"]");
        assertThat(get(clerk, "/api/v1/cases/approver-queue").status()).isEqualTo(200);

        Reply conflict = send(security, "PUT", "/api/v1/admin/staff/clerk.gjj.b/roles/AUDIT_ADMINISTRATOR", null,
                "zh-CN");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("staff.roles-conflict");
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(send(security, "PUT", "/api/v1/admin/staff/audit.admin/roles/ADMINISTRATOR", null, "en").code())
                .isEqualTo("staff.roles-conflict");
        assertThat(send(security, "PUT", "/api/v1/admin/staff/security.admin/roles/CATALOG_ADMINISTRATOR", null, "en")
                .code()).isEqualTo("staff.administration-not-allowed");
        assertThat(jdbc.sql("SELECT string_agg(role, ',' ORDER BY role) FROM staff_account_role WHERE username IN "
                + "('clerk.gjj.b', 'audit.admin', 'security.admin') GROUP BY username ORDER BY username")
                .query(String.class).list())
                .containsExactly("AUDIT_ADMINISTRATOR", "CLERK,DEPARTMENT_APPROVER", "SECURITY_ADMINISTRATOR");

        Reply revoked = send(security, "DELETE", "/api/v1/admin/staff/clerk.gjj.b/roles/DEPARTMENT_APPROVER", null,
                "en");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(get(clerk, "/api/v1/cases/approver-queue").status()).isEqualTo(403);
        assertThat(send(security, "DELETE", "/api/v1/admin/staff/clerk.gjj.b/roles/CLERK", null, "en").code())
                .isEqualTo("staff.last-role");

        // Each of these changes is in the audit trail, under the security administrator's name.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_record WHERE actor = 'security.admin' AND strpos(object, 'clerk.gjj.b') > 0
                AND action IN ('POST /api/v1/admin/staff/{username}/unlock',
                               'PUT /api/v1/admin/staff/{username}/roles/{role}',
                               'DELETE /api/v1/admin/staff/{username}/roles/{role}')""").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
    }

    private HttpResponse<String> changePassword(String username, String current, String next) {
        return call(FROM_LOCALHOST, "POST", "/api/v1/auth/password", null, JSON.writeValueAsString(Map.of(
                "username", username, "currentPassword", current, "code", codeOf(username), "newPassword", next)));
    }
}
