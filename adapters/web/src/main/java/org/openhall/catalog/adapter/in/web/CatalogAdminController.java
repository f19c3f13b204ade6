package org.openhall.catalog.adapter.in.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.openhall.catalog.application.port.in.CatalogChangeLogQuery;
import org.openhall.catalog.application.port.in.ItemVersionView;
import org.openhall.catalog.application.port.in.MaintainCatalogUseCase;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Catalog maintenance (事项动态管理) for catalog administrators: drafts, publication from a day,
 * suspension, resumption and abolition, and the change log every change is written to.
 */
@RestController
@Tag(name = "Catalog administration", description = "Drafts, publication, suspension and abolition of items")
public class CatalogAdminController {

    static final String ITEMS = "/api/v1/admin/items";

    private static final ApprovalItemResponseMapper MAPPER = ApprovalItemResponseMapper.INSTANCE;

    private final MaintainCatalogUseCase catalog;
    private final CatalogChangeLogQuery changeLog;

    public CatalogAdminController(MaintainCatalogUseCase catalog, CatalogChangeLogQuery changeLog) {
        this.catalog = catalog;
        this.changeLog = changeLog;
    }

    @GetMapping(ITEMS + "/drafts")
    @Operation(summary = "Lists the drafts, by item code")
    public PageResponse<ItemVersionResponse> drafts(Actor actor, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(catalog.drafts(actor, new PageRequest(page, size)), MAPPER::toResponse);
    }

    @PostMapping(ITEMS + "/{code}/draft")
    @Operation(summary = "Starts a draft of an item's next version, or of a new item")
    @ApiResponse(responseCode = "201", description = "Drafted; Location names the draft")
    public ResponseEntity<ItemVersionResponse> createDraft(Actor actor, @PathVariable String code,
            @RequestBody ItemDefinitionRequest request) {
        ItemVersionView draft = catalog.createDraft(actor, request.toDefinition(code));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
        return ResponseEntity.created(location).body(MAPPER.toResponse(draft));
    }

    @GetMapping(ITEMS + "/{code}/draft")
    @Operation(summary = "Shows an item's draft")
    public ItemVersionResponse draft(Actor actor, @PathVariable String code) {
        return MAPPER.toResponse(catalog.draft(actor, new ApprovalItemCode(code)));
    }

    @PutMapping(ITEMS + "/{code}/draft")
    @Operation(summary = "Replaces the content of an item's draft")
    public ItemVersionResponse reviseDraft(Actor actor, @PathVariable String code,
            @RequestBody ItemDefinitionRequest request) {
        return MAPPER.toResponse(catalog.reviseDraft(actor, request.toDefinition(code)));
    }

    @DeleteMapping(ITEMS + "/{code}/draft")
    @Operation(summary = "Throws an item's draft away")
    @ApiResponse(responseCode = "204", description = "Discarded")
    public ResponseEntity<Void> discardDraft(Actor actor, @PathVariable String code) {
        catalog.discardDraft(actor, new ApprovalItemCode(code));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ITEMS + "/{code}/draft/publication")
    @Operation(summary = "Publishes the draft as the item's next version from a day",
            description = "The previous version ends the day before; a suspended item stays suspended.")
    @ApiResponse(responseCode = "201", description = "Published; Location names the new version")
    public ResponseEntity<ItemVersionResponse> publish(Actor actor, @PathVariable String code,
            @Valid @RequestBody ValidityRequest request) {
        return created(catalog.publishDraft(actor, new ApprovalItemCode(code), request.from()));
    }

    @PostMapping(ITEMS + "/{code}/suspension")
    @Operation(summary = "Suspends an item from a day (暂停办理): no new applications")
    @ApiResponse(responseCode = "201", description = "Suspended; Location names the new version")
    public ResponseEntity<ItemVersionResponse> suspend(Actor actor, @PathVariable String code,
            @Valid @RequestBody ValidityRequest request) {
        return created(catalog.suspend(actor, new ApprovalItemCode(code), request.from(), request.reason()));
    }

    @PostMapping(ITEMS + "/{code}/resumption")
    @Operation(summary = "Resumes a suspended item from a day (恢复办理)")
    @ApiResponse(responseCode = "201", description = "Resumed; Location names the new version")
    public ResponseEntity<ItemVersionResponse> resume(Actor actor, @PathVariable String code,
            @Valid @RequestBody ValidityRequest request) {
        return created(catalog.resume(actor, new ApprovalItemCode(code), request.from(), request.reason()));
    }

    @PostMapping(ITEMS + "/{code}/abolition")
    @Operation(summary = "Abolishes an item from a day (取消)")
    @ApiResponse(responseCode = "201", description = "Abolished; Location names the new version")
    public ResponseEntity<ItemVersionResponse> abolish(Actor actor, @PathVariable String code,
            @Valid @RequestBody ValidityRequest request) {
        return created(catalog.abolish(actor, new ApprovalItemCode(code), request.from(), request.reason()));
    }

    @GetMapping("/api/v1/admin/catalog/changes")
    @Operation(summary = "Lists the catalog's change log, newest first (事项变更记录)",
            description = "Who changed which item when, how and why; optionally of one item only.")
    public PageResponse<CatalogChangeResponse> changes(Actor actor, @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(changeLog.changes(actor, code == null ? null : new ApprovalItemCode(code),
                new PageRequest(page, size)), MAPPER::toResponse);
    }

    /** A new version: 201 with the public address of that version. */
    private static ResponseEntity<ItemVersionResponse> created(ItemVersionView version) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/items/{code}/versions/{version}").buildAndExpand(version.code(), version.version())
                .toUri();
        return ResponseEntity.created(location).body(MAPPER.toResponse(version));
    }
}
