package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;

import org.openhall.catalog.application.port.in.CatalogSnapshotQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalog as it stood on any day, and what changed between two days (目录动态管理). Public:
 * which items were in the catalog when is part of what the centre discloses.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "Approval items (事项目录), public")
@SecurityRequirements
public class CatalogSnapshotController {

    private static final ApprovalItemResponseMapper MAPPER = ApprovalItemResponseMapper.INSTANCE;

    private final CatalogSnapshotQuery snapshots;

    public CatalogSnapshotController(CatalogSnapshotQuery snapshots) {
        this.snapshots = snapshots;
    }

    @GetMapping("/snapshot")
    @Operation(summary = "Lists the items published on a day, with the version then in force")
    public CatalogSnapshotResponse snapshot(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return MAPPER.toResponse(snapshots.snapshot(date));
    }

    @GetMapping("/diff")
    @Operation(summary = "Lists the items added, amended and removed between two days")
    public CatalogDiffResponse diff(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return MAPPER.toResponse(snapshots.diff(from, to));
    }
}
