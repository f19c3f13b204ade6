package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.ChallengeKind;
import org.openhall.disclosure.domain.request.ChallengeOutcome;
import org.springframework.data.relational.core.mapping.Table;

/** A reconsideration or lawsuit. */
@Table("disclosure_challenge")
record ChallengeRow(int number, ChallengeKind kind, LocalDate filedOn, ChallengeOutcome outcome, LocalDate decidedOn) {
}
