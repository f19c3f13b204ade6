package org.openhall.servicecase.adapter.in.web;

import java.util.Optional;

import org.openhall.servicecase.application.port.in.CaseListFilter;
import org.openhall.servicecase.application.port.in.ServiceCaseQuery;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Finds one person's cases by their ID or phone number (按申请人查询办件). A POST with the number in the
 * body, so that it stays out of addresses, access logs and browser history; the store compares keyed
 * blind indexes, never the numbers. The answers are the usual masked summaries.
 */
@RestController
@Tag(name = "Cases", description = "Cases (办件) from receipt to completion")
public class CaseApplicantSearchController {

    private static final CaseResponseMapper MAPPER = CaseResponseMapper.INSTANCE;

    private final ServiceCaseQuery cases;

    public CaseApplicantSearchController(ServiceCaseQuery cases) {
        this.cases = cases;
    }

    /** The person to look for: the ID number, the phone number, or both (then both must match). */
    public record ApplicantSearchRequest(@Size(max = 18) String applicantIdNumber,
            @Size(max = 32) String applicantPhone, CaseStatus status) {

        @Override
        public String toString() {
            return "ApplicantSearchRequest[…]";
        }
    }

    @PostMapping(ServiceCaseController.PATH + "/search")
    @Operation(summary = "Finds an applicant's cases by exact ID or phone number, newest first",
            description = "Within the caller's department (supervisors: all). Results are masked.")
    public ResponseEntity<PageResponse<CaseSummaryResponse>> search(Actor actor,
            @Valid @RequestBody ApplicantSearchRequest request, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Optional<ResidentIdNumber> idNumber = present(request.applicantIdNumber()).map(ResidentIdNumber::new);
        Optional<PhoneNumber> phone = present(request.applicantPhone()).map(PhoneNumber::new);
        if (idNumber.isEmpty() && phone.isEmpty()) {
            throw new InvalidValue("applicant", "give the applicant's ID number or phone number");
        }
        CaseListFilter filter = new CaseListFilter(Optional.ofNullable(request.status()), Optional.empty(), idNumber,
                phone);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(PageResponse.of(cases.list(actor, filter, new PageRequest(page, size)), MAPPER::toResponse));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
