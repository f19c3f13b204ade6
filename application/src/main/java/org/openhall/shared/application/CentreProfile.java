package org.openhall.shared.application;

import java.time.ZoneId;

import org.openhall.shared.domain.calendar.JurisdictionCode;

/**
 * The service centre this installation runs (政务服务中心): its name, the jurisdiction whose
 * working-day calendar applies, the region code printed in case numbers, and its time zone.
 * Comes from the county pack.
 */
public record CentreProfile(String name, JurisdictionCode jurisdiction, String regionCode, ZoneId zone) {
}
