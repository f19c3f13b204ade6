package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One special procedure during which both clocks stood still (Art. 45), with the written notice
 * that told the applicant so: without that notice the time counts.
 *
 * @param noticeReference the reference of the written notice (告知书文号)
 * @param noticedOn       the day the applicant was told
 * @param from            the first paused day
 * @param to              the last paused day; {@code null} while the procedure runs
 */
@ValueObject
public record CasePause(SpecialProcedure procedure, String noticeReference, LocalDate noticedOn, LocalDate from,
        LocalDate to) {

    public CasePause {
        Texts.given("procedure", procedure);
        noticeReference = Texts.required("noticeReference", noticeReference);
        Texts.given("noticedOn", noticedOn);
        Texts.given("from", from);
        if (to != null && to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before the first paused day");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    CasePause endedOn(LocalDate day) {
        return new CasePause(procedure, noticeReference, noticedOn, from, day);
    }
}
