package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.shared.domain.time.PauseKind;
import org.springframework.data.relational.core.mapping.Table;

/** A pause of the reply clock; {@code toDay} is empty while open. */
@Table("disclosure_request_pause")
record RequestPauseRow(LocalDate fromDay, LocalDate toDay, PauseKind kind, String legalBasis) {
}
