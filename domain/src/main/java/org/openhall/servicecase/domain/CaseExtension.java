package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * 延长期限: the one extension a case may get (Administrative Licensing Law Art. 42): at most 10
 * working days approved by the head of the agency, or 15 approved by the head of the government for
 * joint handling of a 45-day item. The applicant must be told the reasons, so the day they were
 * told is recorded.
 *
 * @param joint whether the 45 + 15 rule of joint handling applied
 */
@ValueObject
public record CaseExtension(int workingDays, String approvedBy, String reason, LocalDate approvedOn,
        LocalDate applicantToldOn, boolean joint) {

    public CaseExtension {
        approvedBy = Texts.required("approvedBy", approvedBy);
        reason = Texts.required("reason", reason);
        Texts.given("approvedOn", approvedOn);
        Texts.given("applicantToldOn", applicantToldOn);
    }
}
