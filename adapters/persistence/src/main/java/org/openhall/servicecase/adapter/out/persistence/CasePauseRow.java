package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.servicecase.domain.SpecialProcedure;

/** A special procedure (特别程序) of a case, with the written notice to the applicant. */
record CasePauseRow(SpecialProcedure procedure, String noticeReference, LocalDate noticedOn, LocalDate fromDay,
        LocalDate toDay) {
}
