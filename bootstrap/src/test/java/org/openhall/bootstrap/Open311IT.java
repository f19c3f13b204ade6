package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 on the running application, without signing in: every answer, in JSON and in
 * XML, carries exactly the specification's field names; a request filed by a citizen becomes a ticket
 * the hotline office works on, and its public view shows no personal data.
 */
class Open311IT extends OpenHallIT {

    /** GeoReport v2 {@code GET services}. */
    static final Set<String> SERVICE_FIELDS = Set.of("service_code", "service_name", "description", "metadata", "type",
            "keywords", "group");
    /** GeoReport v2 {@code GET requests} and {@code GET requests/{id}}. */
    static final Set<String> REQUEST_FIELDS = Set.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    /** GeoReport v2 {@code POST requests}. */
    static final Set<String> FILED_FIELDS = Set.of("service_request_id", "token", "service_notice", "account_id");
    /** GeoReport v2 errors. */
    static final Set<String> ERROR_FIELDS = Set.of("code", "description");

    private static final HttpClient PUBLIC = HttpClient.newHttpClient();

    @Test
    void servicesAreTheCountysTicketClassesInJsonAndXml() {
        Reply json = get(null, "/open311/v2/services.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode services = json.json();
        services.forEach(s -> assertThat(names(s)).isEqualTo(SERVICE_FIELDS));
        JsonNode urgent = find(services, "service_code", "urgent");
        assertThat(urgent.path("service_name").asString()).isEqualTo("紧急");
        assertThat(urgent.path("metadata").asBoolean()).isFalse();
        assertThat(urgent.path("type").asString()).isEqualTo("realtime");
        assertThat(find(services, "service_code", "complaint").path("keywords").asString()).isEqualTo("投诉,效能,态度");

        Reply xml = get(null, "/open311/v2/services.xml");
        assertThat(xml.contentType()).startsWith("text/xml");
        Element root = xml(xml.body());
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> items = children(root);
        assertThat(items).hasSize(services.size()).allSatisfy(e -> {
            assertThat(e.getTagName()).isEqualTo("service");
            assertThat(childNames(e)).isEqualTo(SERVICE_FIELDS);
        });
    }

    @Test
    void aFiledRequestIsATicketAndIsShownWithoutPersonalData() throws Exception {
        today("2026-09-18T15:00:00");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("service_code", "urgent");
        form.put("lat", "23.7803");
        form.put("long", "108.8702");
        form.put("address_string", "合山市人民路1号");
        form.put("description", "人民路井盖缺失，有行人跌落危险");
        form.put("first_name", "三");
        form.put("last_name", "张");
        form.put("phone", "13900139000");
        form.put("email", "zhangsan@example.cn");
        form.put("device_id", "device-42");
        form.put("account_id", "account-7");
        Reply filed = postForm("/open311/v2/requests.json", form);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode answer = filed.json().get(0);
        assertThat(names(answer)).isEqualTo(FILED_FIELDS);
        String number = answer.path("service_request_id").asString();
        assertThat(number).startsWith("GD2026-");
        assertThat(answer.path("account_id").asString()).isEqualTo("account-7");
        assertThat(answer.path("service_notice").asString()).contains("紧急");

        JsonNode request = get(null, "/open311/v2/requests/" + number + ".json").json().get(0);
        assertThat(names(request)).isEqualTo(REQUEST_FIELDS);
        assertThat(request.path("status").asString()).isEqualTo("open");
        assertThat(request.path("service_code").asString()).isEqualTo("urgent");
        assertThat(request.path("requested_datetime").asString()).isEqualTo("2026-09-18T15:00:00+08:00");
        assertThat(request.path("expected_datetime").asString()).as("urgent: the same day")
                .isEqualTo("2026-09-18T23:59:59+08:00");
        assertThat(request.path("lat").asDouble()).isEqualTo(23.7803);
        assertThat(request.path("long").asDouble()).isEqualTo(108.8702);
        assertThat(request.path("address").asString()).isEqualTo("合山市人民路1号");
        assertThat(request.toString()).doesNotContain("13900139000", "zhangsan@example.cn", "张三", "device-42");

        Element xml = xml(get(null, "/open311/v2/requests/" + number + ".xml").body());
        assertThat(xml.getTagName()).isEqualTo("service_requests");
        assertThat(children(xml)).singleElement().satisfies(r -> {
            assertThat(r.getTagName()).isEqualTo("request");
            assertThat(childNames(r)).isEqualTo(REQUEST_FIELDS);
            assertThat(text(r, "service_request_id")).isEqualTo(number);
            assertThat(text(r, "status")).isEqualTo("open");
        });

        assertThat(get(null, "/open311/v2/requests.json?service_request_id=" + number + "&status=open").json())
                .hasSize(1);
        assertThat(get(null, "/open311/v2/requests.json?service_request_id=" + number + "&status=closed").json())
                .isEmpty();
        assertThat(get(null, "/open311/v2/requests.json?service_code=urgent&start_date=2026-09-18T00:00:00%2B08:00"
                + "&end_date=2026-09-18T23:59:59%2B08:00").json()).extracting(n -> n.path("service_request_id")
                        .asString()).contains(number);
        Element list = xml(get(null, "/open311/v2/requests.xml?service_request_id=" + number).body());
        assertThat(children(list)).hasSize(1);

        // The hotline office sees the ticket the citizen filed, with the contact to call back.
        JsonNode staffView = get(SUPERVISOR, "/api/v1/tickets?status=RECEIVED&size=200").json();
        String id = null;
        for (JsonNode t : staffView.path("content")) {
            if (t.path("number").asString().equals(number)) {
                id = t.path("id").asString();
            }
        }
        assertThat(id).isNotNull();
        JsonNode ticket = get(SUPERVISOR, "/api/v1/tickets/" + id).json();
        assertThat(ticket.path("channel").asString()).isEqualTo("PORTAL");
        assertThat(ticket.path("callerName").asString()).isEqualTo("张三");
        assertThat(ticket.path("callerPhone").asString()).isEqualTo("13900139000");
        assertThat(ticket.path("dueOn").asString()).isEqualTo("2026-09-18");
    }

    @Test
    void failuresAreGeoReportErrorsInTheAskedFormat() throws Exception {
        Reply noLocation = postForm("/open311/v2/requests.json", Map.of("service_code", "urgent", "description", "x"));
        assertThat(noLocation.status()).isEqualTo(400);
        assertThat(noLocation.json()).singleElement().satisfies(e -> {
            assertThat(names(e)).isEqualTo(ERROR_FIELDS);
            assertThat(e.path("code").asInt()).isEqualTo(400);
            assertThat(e.path("description").asString()).isNotBlank();
        });

        Reply unknownService = postForm("/open311/v2/requests.xml",
                Map.of("service_code", "gossip", "address_string", "人民路", "description", "x"));
        assertThat(unknownService.status()).isEqualTo(400);
        Element errors = xml(unknownService.body());
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(children(errors)).singleElement().satisfies(e -> {
            assertThat(e.getTagName()).isEqualTo("error");
            assertThat(childNames(e)).isEqualTo(ERROR_FIELDS);
            assertThat(text(e, "code")).isEqualTo("400");
            assertThat(text(e, "description")).contains("gossip");
        });

        Reply missing = get(null, "/open311/v2/requests/GD1999-000000.json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get(0).path("code").asInt()).isEqualTo(404);
        assertThat(get(null, "/open311/v2/requests.json?status=pending").status()).isEqualTo(400);
    }

    private Reply postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = PUBLIC.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static Set<String> names(JsonNode object) {
        return new TreeSet<>(object.propertyNames());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    private static Element xml(String body) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return doc.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static Set<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String text(Element parent, String child) {
        return children(parent).stream().filter(e -> e.getTagName().equals(child)).findFirst().orElseThrow()
                .getTextContent();
    }
}
