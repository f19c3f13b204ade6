package org.openhall.complaint.adapter.in.web.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.domain.TicketClass;

/**
 * How tickets look in GeoReport v2: a ticket class is a service, a ticket a service request numbered
 * by its ticket number. Only what the public may see goes in: no name, phone or e-mail of the citizen.
 */
final class Open311Records {

    /** W3C date-time with the centre's offset, seconds always written. */
    static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Open311Records() {
    }

    static Map<String, Object> service(TicketClass c) {
        Map<String, Object> f = Open311Document.fields();
        f.put("service_code", c.code());
        f.put("service_name", c.name());
        f.put("description", c.description());
        // No class asks for attributes beyond the standard fields, and tickets are taken in at once.
        f.put("metadata", false);
        f.put("type", "realtime");
        f.put("keywords", String.join(",", c.keywords()));
        f.put("group", c.group());
        return f;
    }

    static Map<String, Object> request(PublicTicketView t) {
        Map<String, Object> f = Open311Document.fields();
        f.put("service_request_id", t.number());
        f.put("status", t.resolved() ? "closed" : "open");
        f.put("status_notes", t.statusNotes());
        f.put("service_name", t.className());
        f.put("service_code", t.classCode());
        f.put("description", t.description());
        f.put("agency_responsible", t.department());
        f.put("service_notice", t.serviceNotice());
        f.put("requested_datetime", w3c(t.requestedAt()));
        f.put("updated_datetime", w3c(t.updatedAt()));
        f.put("expected_datetime", w3c(t.expectedAt()));
        f.put("address", t.address());
        f.put("address_id", null);
        f.put("zipcode", null);
        f.put("lat", t.latitude());
        f.put("long", t.longitude());
        f.put("media_url", null);
        return f;
    }

    /**
     * The answer to a filing: the number at once (so no {@code token} is needed) and the limit that
     * applies; {@code account_id} is the client's own, handed back.
     */
    static Map<String, Object> filed(PublicTicketView t, String accountId) {
        Map<String, Object> f = Open311Document.fields();
        f.put("service_request_id", t.number());
        f.put("token", null);
        f.put("service_notice", t.serviceNotice());
        f.put("account_id", accountId == null || accountId.isBlank() ? null : accountId);
        return f;
    }

    static Map<String, Object> error(int code, String description) {
        Map<String, Object> f = Open311Document.fields();
        f.put("code", code);
        f.put("description", description);
        return f;
    }

    private static String w3c(OffsetDateTime at) {
        return at == null ? null : W3C.format(at);
    }
}
