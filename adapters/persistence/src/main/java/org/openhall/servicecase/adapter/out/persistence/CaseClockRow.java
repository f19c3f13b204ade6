package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.shared.domain.time.LimitUnit;

/**
 * The start and limit of one of a case's clocks, embedded in the case row under a prefix; all
 * three columns are empty before acceptance.
 */
record CaseClockRow(LocalDate day0, Integer limitAmount, LimitUnit limitUnit) {
}
