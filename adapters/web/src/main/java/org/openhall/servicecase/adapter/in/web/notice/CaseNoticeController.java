package org.openhall.servicecase.adapter.in.web.notice;

import java.util.Optional;
import java.util.UUID;

import org.openhall.catalog.application.port.in.ApprovalItemLookup;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.catalog.domain.LegalBasis;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.servicecase.adapter.in.web.track.TrackingLinks;
import org.openhall.servicecase.application.port.in.CaseView;
import org.openhall.servicecase.application.port.in.DeadlineKind;
import org.openhall.servicecase.application.port.in.NoticeNotAvailable;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.time.DeadlineExplanation;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Printable notices of a case as PDF, for the window to print, seal and hand over. Staff of the
 * case's department (and supervisors) only, like the case itself. Every notice comes from what the
 * case recorded — acceptance, one-time notice, refusal, special procedures, extension, decision — and
 * answers 404 while the case has no such fact.
 */
@RestController
@Tag(name = "Cases")
public class CaseNoticeController {

    private final ServiceCaseQuery cases;
    private final ApprovalItemLookup items;
    private final ServiceNetworkQuery network;
    private final CentreProfile centre;
    private final TrackingLinks links;
    private final PrintedNoticePdf pdf = new PrintedNoticePdf();

    public CaseNoticeController(ServiceCaseQuery cases, ApprovalItemLookup items, ServiceNetworkQuery network,
            CentreProfile centre, TrackingLinks links) {
        this.cases = cases;
        this.items = items;
        this.network = network;
        this.centre = centre;
        this.links = links;
    }

    @GetMapping("/api/v1/cases/{id}/notices/{kind}")
    @Operation(summary = "Prints a notice of the case as PDF (受理通知书, 一次性告知书, 办结通知书 …)",
            description = "kind: acceptance, one-time-notice, refusal, special-procedure, extension, completion. "
                    + "Each notice carries a QR code to the case's public tracking page.")
    @ApiResponse(responseCode = "200", description = "application/pdf")
    @ApiResponse(responseCode = "404", description = "case.notice-not-available: the case has no such notice (yet)")
    public ResponseEntity<byte[]> notice(Actor actor, @PathVariable UUID id, @PathVariable String kind,
            @Parameter(description = "special-procedure only: which pause, counted from 1 (oldest); default the latest")
            @RequestParam(required = false) Integer pause) {
        NoticeKind noticeKind = NoticeKind.ofSlug(kind).orElseThrow(() -> new ResourceNotFound("notice-kind", kind));
        CaseView c = cases.get(actor, new ServiceCaseId(id));
        NoticeContext context = contextOf(c);
        PrintedNotice notice = switch (noticeKind) {
            case ACCEPTANCE -> new AcceptanceNoticeBuilder().build(c, context);
            case ONE_TIME_NOTICE -> new OneTimeNoticeBuilder().build(c, context);
            case COMPLETION -> new CompletionNoticeBuilder().build(c, context);
            case REFUSAL -> new RefusalNoticeBuilder().build(c, NoticeContents.refusal(c), context);
            case SPECIAL_PROCEDURE -> new SpecialProcedureNoticeBuilder()
                    .build(c, NoticeContents.specialProcedure(c, Optional.ofNullable(pause)), context);
            case EXTENSION -> new ExtensionNoticeBuilder().build(c, extensionOf(actor, c), context);
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(c.number() + "-" + noticeKind.slug() + ".pdf").build().toString())
                .body(pdf.render(notice));
    }

    /** The extension with the due dates before and after it; a case never extended has no such notice. */
    private ExtensionNoticeContent extensionOf(Actor actor, CaseView c) {
        if (c.extension() == null || c.acceptedOn() == null) {
            throw new NoticeNotAvailable(c.id(), NoticeKind.EXTENSION.slug());
        }
        ServiceCaseId id = new ServiceCaseId(UUID.fromString(c.id()));
        DeadlineExplanation statutory = cases.explainDeadline(actor, id, DeadlineKind.STATUTORY);
        Optional<DeadlineExplanation> promised = c.promisedDue() == null ? Optional.empty()
                : Optional.of(cases.explainDeadline(actor, id, DeadlineKind.PROMISED));
        return NoticeContents.extension(c, statutory, promised);
    }

    private NoticeContext contextOf(CaseView c) {
        var item = items.item(new ApprovalItemCode(c.itemCode()), c.itemVersion());
        String department = network.departments().stream().filter(d -> d.code().equals(c.department()))
                .map(DepartmentView::name).findFirst().orElse(c.department());
        return new NoticeContext(centre.name(), department, item.legalBases().stream().map(LegalBasis::citation).toList(),
                links.trackingUrl(c.number()));
    }
}
