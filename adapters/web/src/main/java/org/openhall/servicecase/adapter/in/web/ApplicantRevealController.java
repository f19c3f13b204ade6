package org.openhall.servicecase.adapter.in.web;

import java.util.UUID;

import org.openhall.servicecase.application.port.in.RevealApplicantUseCase;
import org.openhall.servicecase.application.port.in.RevealedApplicantView;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The one place staff see a case's applicant and agent in full (查看完整个人信息). A POST, so that every
 * reveal passes the request audit with the caller and the case; the answer must never be kept by a
 * browser or proxy ({@code Cache-Control: no-store}).
 */
@RestController
@Tag(name = "Cases", description = "Cases (办件) from receipt to completion")
public class ApplicantRevealController {

    private final RevealApplicantUseCase reveal;

    public ApplicantRevealController(RevealApplicantUseCase reveal) {
        this.reveal = reveal;
    }

    @PostMapping(ServiceCaseController.PATH + "/{id}/applicant/reveal")
    @Operation(summary = "Reveals the applicant's (and agent's) full name, ID number and phone",
            description = "Everywhere else they are masked. Clerks, department approvers and heads of the "
                    + "case's department, and supervisors; every reveal is audited.")
    public ResponseEntity<RevealedApplicantResponse> reveal(Actor actor, @PathVariable UUID id) {
        RevealedApplicantView view = reveal.reveal(actor, new ServiceCaseId(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new RevealedApplicantResponse(view.caseId(), view.caseNumber(), person(view.applicant()),
                        view.agent() == null ? null : person(view.agent())));
    }

    private static RevealedApplicantResponse.Person person(RevealedApplicantView.Person p) {
        return new RevealedApplicantResponse.Person(p.name(), p.idNumber(), p.phone());
    }
}
