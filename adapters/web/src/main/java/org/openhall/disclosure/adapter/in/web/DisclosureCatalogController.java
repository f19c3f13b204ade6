package org.openhall.disclosure.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openhall.disclosure.adapter.in.web.RequestBodies.EntryBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.GuideBody;
import org.openhall.disclosure.adapter.in.web.RequestBodies.ReasonBody;
import org.openhall.disclosure.application.port.in.AttachmentInput;
import org.openhall.disclosure.application.port.in.CatalogQuery;
import org.openhall.disclosure.application.port.in.EntryView;
import org.openhall.disclosure.application.port.in.ManageCatalogUseCase;
import org.openhall.disclosure.domain.AuditRecord;
import org.openhall.disclosure.domain.catalog.CatalogEntryId;
import org.openhall.disclosure.domain.catalog.DisclosureGuide;
import org.openhall.disclosure.domain.catalog.EntryContent;
import org.openhall.disclosure.domain.catalog.GuideCategory;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The disclosure office's catalog of proactively disclosed information (主动公开目录) and guide; originals, staff only. */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "Proactive disclosure", description = "主动公开: Regulations on Open Government Information Arts. 19–26")
public class DisclosureCatalogController {

    private final ManageCatalogUseCase manage;
    private final CatalogQuery catalog;

    public DisclosureCatalogController(ManageCatalogUseCase manage, CatalogQuery catalog) {
        this.manage = manage;
        this.catalog = catalog;
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records information made (编目); due for publication in 20 working days (Art. 26)")
    public EntryView record(Actor actor, @Valid @RequestBody EntryBody body) {
        return manage.record(actor, contentOf(body), attachmentsOf(body));
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "Changes an entry; the change is due for publication in 20 working days")
    public EntryView change(Actor actor, @PathVariable UUID id, @Valid @RequestBody EntryBody body) {
        return manage.change(actor, new CatalogEntryId(id), contentOf(body), attachmentsOf(body));
    }

    @PostMapping("/entries/{id}/attachments/{number}/release")
    @Operation(summary = "Releases an attachment a person checked for personal data")
    public EntryView release(Actor actor, @PathVariable UUID id, @PathVariable int number) {
        return manage.releaseAttachment(actor, new CatalogEntryId(id), number);
    }

    @PostMapping("/entries/{id}/publication")
    @Operation(summary = "Publishes the entry with personal data masked on every public channel")
    public EntryView publish(Actor actor, @PathVariable UUID id) {
        return manage.publish(actor, new CatalogEntryId(id));
    }

    @PostMapping("/entries/{id}/withdrawal")
    @Operation(summary = "Withdraws a published entry, with its reason (audited)")
    public EntryView withdraw(Actor actor, @PathVariable UUID id, @Valid @RequestBody ReasonBody body) {
        return manage.withdraw(actor, new CatalogEntryId(id), body.reason());
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "Shows an entry's original, personal data unmasked")
    public EntryView entry(Actor actor, @PathVariable UUID id) {
        return catalog.entry(actor, new CatalogEntryId(id));
    }

    @GetMapping("/entries/{id}/history")
    public List<AuditRecord> history(Actor actor, @PathVariable UUID id) {
        return catalog.history(actor, new CatalogEntryId(id));
    }

    @GetMapping("/entries/awaiting-publication")
    @Operation(summary = "Entries waiting for publication, earliest due first; overdue=true keeps the overdue ones")
    public List<EntryView> awaiting(Actor actor, @RequestParam(defaultValue = "false") boolean overdue) {
        return catalog.awaitingPublication(actor, overdue);
    }

    @PostMapping("/entries/overdue-reports")
    @Operation(summary = "Reports every overdue publication to supervision, once per revision")
    public int reportOverdue(Actor actor) {
        return manage.reportOverduePublications(actor);
    }

    @PutMapping("/guide")
    @Operation(summary = "Issues a new version of the disclosure guide (公开指南)")
    public DisclosureGuide setGuide(Actor actor, @Valid @RequestBody GuideBody g) {
        return manage.setGuide(actor, new DisclosureGuide(g.agencyName(), g.office(), g.address(), g.officeHours(),
                g.phone(), g.fax(), g.email(), g.website(),
                g.categories().stream().map(c -> new GuideCategory(c.code(), c.name(), c.description())).toList(),
                g.applicationNotes(), g.updatedOn()));
    }

    private static EntryContent contentOf(EntryBody b) {
        return new EntryContent(b.title(), b.summary(), b.body(), b.category(), new DepartmentCode(b.department()),
                b.madeOn(), b.personalNames());
    }

    private static List<AttachmentInput> attachmentsOf(EntryBody b) {
        return b.attachments() == null ? List.of() : b.attachments().stream()
                .map(a -> new AttachmentInput(a.fileName(), a.mediaType(), a.sizeBytes(), a.text())).toList();
    }
}
