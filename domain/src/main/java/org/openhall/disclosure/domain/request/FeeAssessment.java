package org.openhall.disclosure.domain.request;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.money.Money;

/**
 * The processing fee assessed on a request (信息处理费), by one scale only.
 *
 * @param scale per request or per page
 * @param basis the applicant's ordinal of the month (per request) or the number of pages (per page)
 * @param amount what the scale gives for that basis
 * @param assessedOn the day of the assessment
 */
@ValueObject
public record FeeAssessment(FeeScale scale, int basis, Money amount, LocalDate assessedOn) {

    public FeeAssessment {
        if (scale == null || amount == null || assessedOn == null) {
            throw new InvalidValue("fee", "scale, amount and day must be given");
        }
        if (basis < 0) {
            throw new InvalidValue("basis", "must not be negative");
        }
    }

    /** The fee for {@code basis} by {@code scale}, assessed on {@code day}. */
    public static FeeAssessment of(FeeScale scale, int basis, LocalDate day) {
        Money amount = scale == FeeScale.PER_REQUEST ? ProcessingFees.perRequest(basis) : ProcessingFees.perPage(basis);
        return new FeeAssessment(scale, basis, amount, day);
    }
}
