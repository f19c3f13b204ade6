package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.reliability.ApiOperations.Operation;
import org.openhall.bootstrap.reliability.ApiOperations.Parameter;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Every write operation of the API (POST, PUT, PATCH, DELETE, as the running application's OpenAPI
 * document lists them — a new endpoint is fuzzed without touching this test) gets plausible and
 * hostile input as a role that may call it: wrong types, missing and extra fields, huge strings,
 * unicode, numbers past the limits, malformed JSON, wrong content types, hostile path and query
 * values. No answer may be a 5xx or show a stack trace, a Java class or SQL; every refusal is
 * problem+json and leaves every table's row count as it was.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = ApiFuzzIT.Database.class)
class ApiFuzzIT extends OpenHallIT {

    private static final RunningDatabase DATABASE = OwnDatabase.start("fuzz");

    static final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            OwnDatabase.pointAt(context, DATABASE);
        }
    }

    /** The Heshan pack's disclosure officer (信息公开工作人员). */
    private static final String DISCLOSURE_OFFICER = "disclosure.officer:demo-Disclosure-2026";

    /** The demo accounts of the Heshan pack, one per role, and the officer, in the order they are tried. */
    private static final List<String> USERS = List.of(CLERK_SCJG, APPROVER_SCJG, SUPERVISOR,
            "admin:demo-Admin-2026", "catalog.admin:demo-Catalog-2026", DISCLOSURE_OFFICER, HOTLINE_OPERATOR,
            HEAD_SCJG, "security.admin:demo-Security-2026", "audit.admin:demo-Audit-2026");

    /** What an answer must never show: a stack frame, a Java or library class, SQL. */
    private static final Pattern INSIDES = Pattern.compile("(?i)exception|\\bat (org|java|jdk|sun|com)\\.|"
            + "org\\.openhall|org\\.springframework|java\\.(lang|util|sql|time)|tools\\.jackson|com\\.fasterxml|"
            + "\\bPSQL|\\bSQL\\b|\\bselect\\b.*\\bfrom\\b|insert into|duplicate key|violates|hikari");

    private static final List<String> HOSTILE_PATH_VALUES = List.of("not-a-uuid", "x".repeat(3000),
            RequestBodies.UNICODE, "-1", "99999999999999999999999", "..", "\u0000");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    JdbcTemplate jdbc;

    /** Hostile bodies per operation with a body, taken in turn from every kind {@link RequestBodies} makes. */
    private static final int BODIES_PER_OPERATION = 2;

    private final List<String> failures = new ArrayList<>();
    private int turn;
    private int requests;
    /** The row counts as the last request left them: a refusal leaves them so, an acceptance reads them anew. */
    private Map<String, Long> counts;

    @Test
    void noWriteOperationAnswersHostileInputWithA5xxLeakOrPartialWrite() {
        today("2026-03-10T09:00:00");
        String caseId = submitFoodLicence("APP", "LICENCE", "LAYOUT", "RULES");
        Reply docs = get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode document = docs.json();
        List<Operation> operations = ApiOperations.writesOf(document);
        assertThat(operations).as("write operations in the OpenAPI document").hasSizeGreaterThan(10);
        RequestBodies bodies = new RequestBodies(document.path("components").path("schemas"));
        // A refused request still leaves what the security rules require of every request: its audit
        // record, and for a sign-in its failure count or session. Everything else must stay untouched.
        RowCounts rows = RowCounts.of(jdbc, Set.of("audit_record", "audit_chain_head", "sign_in_failure",
                "staff_session", "staff_second_factor_use"));

        Map<String, String> notExercised = new LinkedHashMap<>();
        for (Operation op : operations) {
            String user = null;
            String plausibleBody = op.bodySchema() == null ? null : bodies.plausible(op.bodySchema()).toString();
            String plausiblePath = pathOf(op, caseId, null);
            for (String candidate : USERS) {
                Answer a = call(rows, op, candidate, plausiblePath, query(op, false), op.bodyMediaType(), plausibleBody,
                        "plausible");
                if (a.status() != 401 && a.status() != 403) {
                    user = candidate;
                    break;
                }
            }
            if (user == null) {
                notExercised.put(op.name(), "every demo role was refused");
                continue;
            }
            // Each operation gets a share of the hostile inputs, in turn, so that every kind reaches
            // every shape of request over the run and the run stays at a few hundred requests.
            List<Hostile> mine = new ArrayList<>();
            if (op.bodySchema() != null) {
                List<RequestBodies.Variant> variants = bodies.hostile(op.bodySchema());
                for (int k = 0; k < BODIES_PER_OPERATION; k++) {
                    RequestBodies.Variant v = variants.get(turn++ % variants.size());
                    mine.add(new Hostile(v.name(), plausiblePath, query(op, false), "application/json", v.json()));
                }
                String[][] media = { { "text/plain", plausibleBody }, { "application/xml", "<case><id>1</id></case>" },
                        { "application/json", null } };
                String[] m = media[turn % media.length];
                mine.add(new Hostile(m[0] + (m[1] == null ? " without body" : " body"), plausiblePath,
                        query(op, false), m[0], m[1]));
            } else {
                mine.add(new Hostile("unexpected malformed body", plausiblePath, query(op, false), "application/json",
                        "{\"unexpected\":[1,2"));
            }
            if (!op.queryParameters().isEmpty()) {
                mine.add(new Hostile("hostile query", plausiblePath, query(op, true), op.bodyMediaType(), plausibleBody));
            }
            if (!op.pathParameters().isEmpty()) {
                String hostile = HOSTILE_PATH_VALUES.get(turn % HOSTILE_PATH_VALUES.size());
                mine.add(new Hostile("path " + abbreviate(hostile), pathOf(op, caseId, hostile), query(op, false),
                        op.bodyMediaType(), plausibleBody));
            }
            for (Hostile h : mine) {
                call(rows, op, user, h.path(), h.query(), h.contentType(), h.body(), h.name());
            }
        }
        assertThat(failures).as("answers that broke the rules, of %d requests", requests).isEmpty();
        assertThat(notExercised).as("operations no demo role could exercise").isEmpty();
    }

    /** Sends one request and checks its answer; a refusal must leave every table as it was. */
    private Answer call(RowCounts rows, Operation op, String user, String path, String query, String contentType,
            String body, String variant) {
        if (counts == null) {
            counts = rows.now();
        }
        Map<String, Long> before = counts;
        Answer a = raw(op.method(), path + query, user, contentType, body);
        requests++;
        String where = op.name() + " [" + variant + "] as " + user.substring(0, user.indexOf(':')) + " -> "
                + a.status() + ": " + abbreviate(a.body());
        if (a.status() >= 500) {
            failures.add(where);
        }
        if (a.status() >= 400) {
            if (!a.contentType().startsWith("application/problem+json") && !isGeoReportError(op.name(), a)) {
                failures.add("not problem+json (" + a.contentType() + "): " + where);
            }
            if (INSIDES.matcher(a.body()).find()) {
                failures.add("shows the server's insides: " + where);
            }
            counts = rows.now();
            Map<String, String> changed = RowCounts.changes(before, counts);
            if (!changed.isEmpty()) {
                failures.add("refused but wrote " + changed + ": " + where);
            }
        } else {
            // What the accepted request set off after its commit must be done before the next refusal is counted.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Integer.class) == 0);
            counts = rows.now();
        }
        return a;
    }

    private String pathOf(Operation op, String caseId, String hostile) {
        String path = op.path();
        for (Parameter p : op.pathParameters()) {
            String value = hostile != null ? hostile : plausiblePathValue(op, p, caseId);
            path = path.replace("{" + p.name() + "}", encode(value));
        }
        return path;
    }

    private static String plausiblePathValue(Operation op, Parameter p, String caseId) {
        String type = p.schema().path("type").asString("string");
        if ("integer".equals(type)) {
            return "1";
        }
        if ("uuid".equals(p.schema().path("format").asString("")) || op.path().startsWith("/api/v1/cases/")) {
            return caseId;
        }
        return "SCJG-001";
    }

    private static String query(Operation op, boolean hostile) {
        List<String> pairs = new ArrayList<>();
        for (Parameter p : op.queryParameters()) {
            if (hostile) {
                pairs.add(encode(p.name()) + "=" + encode(RequestBodies.UNICODE + "99999999999999999999"));
            } else if (p.required()) {
                String type = p.schema().path("type").asString("string");
                String value = switch (type) {
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    default -> "date".equals(p.schema().path("format").asString("")) ? "2026-03-10" : "SCJG-001";
                };
                pairs.add(encode(p.name()) + "=" + encode(value));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer raw(String method, String pathAndQuery, String user, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", authorization(user));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (pathAndQuery.startsWith("/api/v1/hotline/cti/")) {
            // The call-centre system proves itself with the shared token, not a staff sign-in.
            b.header("X-OpenHall-Cti-Token", CTI_TOKEN);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            failures.add(method + " " + abbreviate(pathAndQuery) + ": no answer (" + e + ")");
            return new Answer(599, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\0");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    /** One hostile request of an operation. */
    private record Hostile(String name, String path, String query, String contentType, String body) {
    }

    /** An HTTP answer. */
    record Answer(int status, String contentType, String body) {
    }


    /**
     * Open311 clients expect the GeoReport v2 error format (a list of {@code code} and
     * {@code description}, in JSON or XML), not problem+json: the one API whose errors follow
     * another standard.
     */
    private static boolean isGeoReportError(String operation, Answer a) {
        boolean json = a.contentType().startsWith("application/json") && a.body().startsWith("[{\"code\":");
        boolean xml = a.contentType().contains("xml") && a.body().contains("<errors>");
        return operation.contains(" /open311/") && (json || xml);
    }
}
