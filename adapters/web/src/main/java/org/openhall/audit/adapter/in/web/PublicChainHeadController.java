package org.openhall.audit.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.audit.application.port.in.ChainHeadQuery;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The daily chain heads on the public portal: anyone may keep them and later check that an
 * exported audit trail still ends each day in the published hash.
 */
@RestController
@RequestMapping("/api/v1/public/audit/chain-heads")
@Tag(name = "Audit", description = "The tamper-evident audit trail: records and chain verification")
class PublicChainHeadController {

    private static final int MAX_DAYS = 366;

    private final ChainHeadQuery heads;

    PublicChainHeadController(ChainHeadQuery heads) {
        this.heads = heads;
    }

    @GetMapping
    @Operation(summary = "The published chain heads, newest day first (at most a year's)")
    List<ChainHeadResponse> latest(@RequestParam(defaultValue = "31") int days) {
        return heads.latest(Math.clamp(days, 1, MAX_DAYS)).stream().map(ChainHeadResponse::of).toList();
    }

    @GetMapping("/{date}")
    @Operation(summary = "The chain head published for one day")
    ChainHeadResponse of(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return heads.of(date).map(ChainHeadResponse::of)
                .orElseThrow(() -> new ResourceNotFound("chain-head", date.toString()));
    }
}
