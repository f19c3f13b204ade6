package org.openhall.complaint.adapter.in.web.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openhall.complaint.application.port.in.FileServiceRequestCommand;
import org.openhall.complaint.application.port.in.FileServiceRequestUseCase;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.PublicTicketView;
import org.openhall.complaint.application.port.in.PublicTicketsQuery;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (the open standard for reporting non-emergency issues to a city): the ticket
 * classes as services, tickets as service requests, filing a request without an account. Each
 * endpoint answers in JSON or XML as its extension says; failures are GeoReport errors (a list of
 * {@code code}, {@code description}), not problem+json. {@code jurisdiction_id} is accepted and not
 * needed: one centre answers per endpoint.
 */
@RestController
@SecurityRequirements
@RequestMapping(Open311Controller.PATH)
@Tag(name = "Open311 GeoReport v2", description = "诉求工单的开放接口: services, requests, filing")
public class Open311Controller {

    static final String PATH = "/open311/v2";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PublicTicketsQuery tickets;
    private final FileServiceRequestUseCase filing;

    public Open311Controller(PublicTicketsQuery tickets, FileServiceRequestUseCase filing) {
        this.tickets = tickets;
        this.filing = filing;
    }

    @GetMapping("/services.{format}")
    @Operation(summary = "The ticket classes as services")
    public ResponseEntity<String> services(@PathVariable String format) {
        return answer(format, HttpStatus.OK, new Open311Document("services", "service",
                tickets.services().stream().map(Open311Records::service).toList()));
    }

    @GetMapping("/requests.{format}")
    @Operation(summary = "Service requests by id, service code, time of receipt and status (open, closed)")
    public ResponseEntity<String> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String codes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "status", required = false) String status) {
        Open311Format.of(format);
        PublicTicketFilter filter = new PublicTicketFilter(list(ids), list(codes), instant("start_date", startDate),
                instant("end_date", endDate), resolved(status));
        return answer(format, HttpStatus.OK, requestsDocument(tickets.search(filter)));
    }

    @GetMapping("/requests/{id}.{format}")
    @Operation(summary = "One service request")
    public ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        Open311Format.of(format);
        return answer(format, HttpStatus.OK, requestsDocument(List.of(tickets.get(id))));
    }

    @PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Files a service request (form-encoded as GeoReport v2 says); no account needed")
    public ResponseEntity<String> file(@PathVariable String format, @RequestParam Map<String, String> form) {
        Open311Format.of(format);
        String serviceCode = form.get("service_code");
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new InvalidValue("service_code", "is required");
        }
        Double lat = number("lat", form.get("lat"));
        Double lon = number("long", form.get("long"));
        String address = form.get("address_string");
        boolean located = lat != null && lon != null || address != null && !address.isBlank()
                || form.get("address_id") != null && !form.get("address_id").isBlank();
        if (!located) {
            throw new InvalidValue("lat", "a location is required: lat and long, address_string or address_id");
        }
        PublicTicketView filed = filing.file(new FileServiceRequestCommand(serviceCode.strip(), lat, lon,
                address == null || address.isBlank() ? form.get("address_id") : address, form.get("description"),
                form.get("first_name"), form.get("last_name"), form.get("phone"), form.get("email"),
                form.get("device_id"), form.get("account_id")));
        return answer(format, HttpStatus.CREATED, new Open311Document("service_requests", "request",
                List.of(Open311Records.filed(filed, form.get("account_id")))));
    }

    private static Open311Document requestsDocument(List<PublicTicketView> views) {
        return new Open311Document("service_requests", "request", views.stream().map(Open311Records::request).toList());
    }

    private static ResponseEntity<String> answer(String format, HttpStatus status, Open311Document document) {
        Open311Format f = Open311Format.of(format);
        return ResponseEntity.status(status).contentType(f.mediaType()).body(document.render(f));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code open}, {@code closed} or both (comma-separated, as the specification allows). */
    private static Boolean resolved(String status) {
        List<String> wanted = list(status);
        boolean open = wanted.contains("open");
        boolean closed = wanted.contains("closed");
        if (wanted.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
            throw new InvalidValue("status", "must be open, closed or both");
        }
        return open == closed ? null : closed;
    }

    /** A W3C date-time ({@code 2026-09-18T10:00:00+08:00}) or a plain date, taken in the centre's zone. */
    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(CHINA).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidValue(field, "must be a W3C date-time such as 2026-09-18T10:00:00+08:00");
            }
        }
    }

    private static Double number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(field, "must be a decimal number");
        }
    }
}
