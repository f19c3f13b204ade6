package org.openhall.notification.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.openhall.notification.application.port.in.ManageSuppressionUseCase;
import org.openhall.notification.application.port.in.NoticeFilter;
import org.openhall.notification.application.port.in.NoticeQuery;
import org.openhall.notification.application.port.in.NoticeView;
import org.openhall.notification.application.port.in.RecordDeliveryReportCommand;
import org.openhall.notification.application.port.in.RecordDeliveryReportUseCase;
import org.openhall.notification.domain.NoticeState;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * SMS notices to applicants (短信通知): the list staff and supervisors watch (pending, deferred, sent,
 * delivered, failed, review …; numbers masked), the suppression list (退订), and the delivery reports
 * a Kannel-style gateway calls back with.
 */
@RestController
@RequestMapping(NotificationController.PATH)
@Tag(name = "SMS notices", description = "短信通知: notices made from case events and their way to the phone")
public class NotificationController {

    static final String PATH = "/api/v1/notifications";

    private final NoticeQuery notices;
    private final ManageSuppressionUseCase suppressions;
    private final RecordDeliveryReportUseCase reports;
    private final String reportToken;

    public NotificationController(NoticeQuery notices, ManageSuppressionUseCase suppressions,
            RecordDeliveryReportUseCase reports,
            @Value("${openhall.sms.http.delivery-report-token:}") String reportToken) {
        this.notices = notices;
        this.suppressions = suppressions;
        this.reports = reports;
        this.reportToken = reportToken;
    }

    @GetMapping
    @Operation(summary = "Lists notices newest first, by state (PENDING, DEFERRED, UNCERTAIN, SENT, DELIVERED, "
            + "FAILED, REVIEW, SUPPRESSED); clerks see their department's")
    public PageResponse<NoticeView> list(Actor actor, @RequestParam Optional<NoticeState> state,
            @RequestParam Optional<String> caseNumber, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(notices.notices(actor, new NoticeFilter(state, Optional.empty(), caseNumber),
                new PageRequest(page, size)), v -> v);
    }

    @PostMapping("/suppressions")
    @Operation(summary = "Puts a number on the suppression list: no more non-service messages (退订)")
    public ResponseEntity<Void> suppress(Actor actor, @Valid @RequestBody SuppressionBody body) {
        suppressions.suppress(actor, body.phone(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/suppressions/{phone}")
    @Operation(summary = "Takes a number off the suppression list")
    public ResponseEntity<Void> lift(Actor actor, @PathVariable String phone) {
        suppressions.lift(actor, phone);
        return ResponseEntity.noContent().build();
    }

    /**
     * Kannel's dlr-url: {@code status} 1 delivered, 2 failed, 16 rejected by the SMSC (8, the SMSC's
     * acceptance, is not final). Without a configured token the endpoint does not exist.
     */
    @GetMapping("/delivery-reports")
    @Operation(summary = "Delivery report callback of a Kannel-style gateway (token-protected)")
    public ResponseEntity<Void> deliveryReport(@RequestParam String notice, @RequestParam int status,
            @RequestParam(defaultValue = "") String token) {
        if (reportToken.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!MessageDigest.isEqual(reportToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).build();
        }
        if (status == 1 || status == 2 || status == 16) {
            reports.record(new RecordDeliveryReportCommand(null, notice, status == 1, "kannel dlr " + status));
        }
        return ResponseEntity.ok().build();
    }

    /** A number to put on the suppression list, and why (e.g. "replied TD"). */
    public record SuppressionBody(@NotBlank @Size(max = 32) String phone, @Size(max = 200) String reason) {
    }
}
