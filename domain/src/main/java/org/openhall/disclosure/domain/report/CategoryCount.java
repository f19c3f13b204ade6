package org.openhall.disclosure.domain.report;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Proactive disclosure of one guide category in a year (主动公开政府信息情况): entries first
 * published in the year, withdrawn in the year, and public at the end of the year.
 */
@ValueObject
public record CategoryCount(String category, String name, long publishedInYear, long withdrawnInYear,
        long publicAtYearEnd) {
}
