package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.ThirdPartyOpinion;
import org.springframework.data.relational.core.mapping.Table;

/** A consultation of a third party. */
@Table("disclosure_consultation")
record ConsultationRow(String thirdParty, LocalDate sentOn, LocalDate dueOn, LocalDate endedOn,
        ThirdPartyOpinion opinion) {
}
