package org.openhall.audit.adapter.in.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.openhall.audit.application.port.in.AuditFilter;
import org.openhall.audit.application.port.in.AuditTrailQuery;
import org.openhall.audit.application.port.in.VerifyAuditChainUseCase;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit administrator's (审计管理员) view of the audit trail: the records, filtered, and the
 * chain's verification. Every call here is itself recorded.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail: records and chain verification")
class AuditController {

    private final AuditTrailQuery trail;
    private final VerifyAuditChainUseCase verifier;
    private final Clock clock;

    AuditController(AuditTrailQuery trail, VerifyAuditChainUseCase verifier, Clock clock) {
        this.trail = trail;
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping("/records")
    @Operation(summary = "Lists audit records, newest first, by actor, object, action and period (days in the centre's zone, inclusive)")
    PageResponse<AuditRecordResponse> records(@RequestParam Optional<String> actor,
            @RequestParam Optional<String> object, @RequestParam Optional<String> action,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        AuditFilter filter = new AuditFilter(actor.orElse(null), object.orElse(null), action.orElse(null),
                from.map(this::startOf).orElse(null), to.map(day -> startOf(day.plusDays(1))).orElse(null));
        return PageResponse.of(trail.find(filter, new PageRequest(page, size)), AuditRecordResponse::of);
    }

    @GetMapping("/verification")
    @Operation(summary = "Checks the whole chain and names the first broken record, if any")
    VerificationResponse verification() {
        return VerificationResponse.of(verifier.verify());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
