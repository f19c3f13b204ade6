package org.openhall.catalog.adapter.in.web;

import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The published catalog (事项目录). Public: what can be applied for, where, on which legal basis,
 * with which materials and in how many working days is information the centre must disclose.
 */
@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Catalog", description = "Approval items (事项目录), public")
@SecurityRequirements
public class ApprovalItemController {

    private static final ApprovalItemResponseMapper MAPPER = ApprovalItemResponseMapper.INSTANCE;

    private final ApprovalItemQuery items;

    public ApprovalItemController(ApprovalItemQuery items) {
        this.items = items;
    }

    @GetMapping
    @Operation(summary = "Lists the catalog by item code, one page at a time")
    public PageResponse<ApprovalItemResponse> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(items.list(new PageRequest(page, size)), MAPPER::toResponse);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Shows one item's service guide (办事指南)")
    public ResponseEntity<ApprovalItemResponse> get(@PathVariable String code) {
        ApprovalItemResponse item = MAPPER.toResponse(items.get(new ApprovalItemCode(code)));
        return ResponseEntity.ok().eTag(Integer.toString(item.version())).body(item);
    }
}
