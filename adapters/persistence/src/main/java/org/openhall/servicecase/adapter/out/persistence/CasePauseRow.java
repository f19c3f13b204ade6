package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.servicecase.domain.SpecialProcedure;
import org.springframework.data.relational.core.mapping.Table;

/** A special procedure (特别程序) of a case, with the written notice to the applicant. */
@Table("case_pause")
record CasePauseRow(SpecialProcedure procedure, String noticeReference, LocalDate noticedOn, LocalDate fromDay,
        LocalDate toDay) {
}
