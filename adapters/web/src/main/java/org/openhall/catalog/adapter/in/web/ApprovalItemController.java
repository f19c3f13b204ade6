package org.openhall.catalog.adapter.in.web;

import java.util.List;

import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.catalog.application.port.in.ServiceGuideQuery;
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
    private final ServiceGuideQuery guides;

    public ApprovalItemController(ApprovalItemQuery items, ServiceGuideQuery guides) {
        this.items = items;
        this.guides = guides;
    }

    @GetMapping
    @Operation(summary = "Lists today's catalog by item code, or searches it",
            description = "Without q: every item published today. With q: the items in which every word of q "
                    + "(separated by spaces) occurs in the name, department code, implementing body or keywords, "
                    + "e.g. q=食品 许可.")
    public PageResponse<ApprovalItemResponse> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = new PageRequest(page, size);
        return PageResponse.of(q == null ? items.list(request) : items.search(q, request), MAPPER::toResponse);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Shows the version of an item in force today, with every element",
            description = "Suspended and abolished items are shown with their status; ETag is the version.")
    public ResponseEntity<ItemVersionResponse> get(@PathVariable String code) {
        ItemVersionResponse item = MAPPER.toResponse(items.current(new ApprovalItemCode(code)));
        return ResponseEntity.ok().eTag(Integer.toString(item.version())).body(item);
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Lists every version of an item, oldest first (版本沿革)")
    public List<ItemVersionSummaryResponse> versions(@PathVariable String code) {
        return items.versions(new ApprovalItemCode(code)).stream().map(MAPPER::toResponse).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "Shows one version of an item, e.g. the one a case was received under")
    public ItemVersionResponse version(@PathVariable String code, @PathVariable int version) {
        return MAPPER.toResponse(items.version(new ApprovalItemCode(code), version));
    }

    @GetMapping("/{code}/guide")
    @Operation(summary = "Shows an item's service guide by the eight public elements (办事指南, 八公开)",
            description = "The same guide as a printable page: /guide/items/{code}.")
    public ServiceGuideResponse guide(@PathVariable String code) {
        return MAPPER.toResponse(guides.guide(new ApprovalItemCode(code)));
    }
}
