package org.openhall.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.openhall.OpenHallApplication;
import org.openhall.bootstrap.database.RunDatabase;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a real PostgreSQL server and a real HTTP port, loaded with the Heshan
 * demo pack. Subclasses share one application context; each test sets the clock it needs and
 * works on cases of its own.
 */
@SpringBootTest(classes = { OpenHallApplication.class, OpenHallIT.TestClock.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Test contexts share one database and stay cached: tests that send SMS drive the dispatcher themselves, a background one would race them.
        // The FastAGI server listens on a free loopback port, so that IVR tests share the context too.
        properties = { "openhall.sms.dispatcher.enabled=false",
                "openhall.telephony.fastagi.enabled=true", "openhall.telephony.fastagi.port=0",
                "openhall.telephony.cti.token=" + OpenHallIT.CTI_TOKEN })
public abstract class OpenHallIT {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String CLERK_SCJG = "clerk.scjg:demo-Clerk-2026";
    public static final String CLERK_WSJK = "clerk.wsjk:demo-Clerk-2026";
    public static final String APPROVER_SCJG = "approver.scjg:demo-Approver-2026";
    public static final String SUPERVISOR = "supervisor:demo-Supervisor-2026";
    public static final String HOTLINE_OPERATOR = "hotline.op:demo-Hotline-2026";
    public static final String HEAD_SCJG = "head.scjg:demo-Head-2026";
    /** The call-centre system's shared token for the CTI webhook in tests. */
    public static final String CTI_TOKEN = "cti-test-token";
    public static final String VALID_ID = "11010519491231002X";

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected SettableClock clock;

    @Autowired
    Environment environment;

    private DemoSignIn signIn;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::jdbcUrl);
        // As in production: Flyway migrates as the owner, the application runs as its own role.
        registry.add("spring.datasource.username", () -> RunDatabase.APPLICATION_ROLE);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.user", PostgresTestDatabase::username);
        registry.add("spring.flyway.password", PostgresTestDatabase::password);
        // Tests move the clock; they run the deemed acceptance themselves, never at the scheduler's whim.
        registry.add("openhall.cases.deemed-acceptance.enabled", () -> "false");
        registry.add("openhall.tickets.lateness.enabled", () -> "false");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class TestClock {

        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(CHINA, LocalDateTime.parse("2026-03-02T10:00:00"));
        }

        @Bean
        RecordedEvents recordedEvents() {
            return new RecordedEvents();
        }
    }

    protected void today(String isoLocalDateTime) {
        clock.set(LocalDateTime.parse(isoLocalDateTime));
    }

    protected Reply get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    protected Reply post(String user, String path, String json) {
        return send(user, "POST", path, json, null);
    }

    protected Reply send(String user, String method, String path, String body, String acceptLanguage) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", authorization(user));
        }
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code Authorization} header of {@code user} ({@code "name:password"} of a Heshan demo
     * account): a session token, signed in with password and the account's current authenticator
     * code at the test clock, and reused while the clock stays in the same 30-second step.
     */
    public String authorization(String user) {
        return "Bearer " + signIns().tokenFor(user, port);
    }

    /** The current authenticator code of a Heshan demo account at the test clock. */
    String codeOf(String username) {
        return DemoSignIn.codeOf(username, clock);
    }

    private DemoSignIn signIns() {
        if (signIn == null) {
            signIn = new DemoSignIn(HTTP, clock, environment.getProperty("spring.datasource.url"));
        }
        return signIn;
    }

    /** Submits an application for 食品经营许可 (SCJG-001) with the given materials; returns the case id. */
    protected String submitFoodLicence(String... materials) {
        String list = materials.length == 0 ? "" : "\"" + String.join("\",\"", materials) + "\"";
        Reply r = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":[%s]}""".formatted(VALID_ID, list));
        if (r.status() != 201) {
            throw new AssertionError("submit failed: " + r);
        }
        return r.json().path("id").asString();
    }

    /**
     * Completes every step of 食品经营许可 (SCJG-001) in the Heshan pack, each by its role: 受理 and
     * 制证 at the window (clerk), 审查, 现场核查 and 决定 in the department (approver).
     */
    protected void walkFoodLicenceSteps(String id) {
        String[] handlers = { CLERK_SCJG, APPROVER_SCJG, APPROVER_SCJG, APPROVER_SCJG, CLERK_SCJG };
        for (int position = 1; position <= handlers.length; position++) {
            Reply r = post(handlers[position - 1], "/api/v1/cases/" + id + "/steps/" + position + "/completion",
                    "{\"opinion\":\"同意\"}");
            if (r.status() != 200) {
                throw new AssertionError("step " + position + " failed: " + r);
            }
        }
    }

    /** An HTTP answer; {@code cacheControl} is empty when the header is absent. */
    public record Reply(int status, String contentType, String body, String cacheControl) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString();
        }
    }
}
