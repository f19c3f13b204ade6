package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.HearingAnnouncement;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingNoticePeriods;
import org.openhall.participation.domain.HearingSnapshot;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;

/** Maps a hearing's snapshot to its rows and back. */
@Mapper(config = PersistenceMapperConfig.class)
interface HearingMapper {

    @Mapping(target = "subject", source = "announcement.subject")
    @Mapping(target = "heldOn", source = "announcement.heldOn")
    @Mapping(target = "place", source = "announcement.place")
    @Mapping(target = "seats", source = "announcement.seats")
    @Mapping(target = "selectionMethod", source = "announcement.selectionMethod")
    @Mapping(target = "registrationClosesOn", source = "announcement.registrationClosesOn")
    @Mapping(target = "periodAnnouncementDays", source = "periods.announcementDays")
    @Mapping(target = "periodRegistrationClosingDays", source = "periods.registrationClosingDays")
    @Mapping(target = "periodMaterialsDays", source = "periods.materialsDays")
    HearingRow toRow(HearingSnapshot snapshot);

    @Mapping(target = "announcement", expression = "java(announcementOf(row))")
    @Mapping(target = "periods", expression = "java(periodsOf(row))")
    HearingSnapshot toSnapshot(HearingRow row);

    default HearingAnnouncement announcementOf(HearingRow row) {
        return new HearingAnnouncement(row.subject(), row.heldOn(), row.place(), row.seats(), row.selectionMethod(),
                row.registrationClosesOn());
    }

    default HearingNoticePeriods periodsOf(HearingRow row) {
        return new HearingNoticePeriods(row.periodAnnouncementDays(), row.periodRegistrationClosingDays(),
                row.periodMaterialsDays());
    }

    default RepresentativeRow representative(RegistrationId id) {
        return new RepresentativeRow(id.value());
    }

    default RegistrationId registrationId(RepresentativeRow row) {
        return new RegistrationId(row.registrationId());
    }

    /** PostgreSQL keeps microseconds: cutting them here makes what save returns equal what is read back. */
    default Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    default UUID uuid(HearingId id) {
        return id.value();
    }

    default HearingId hearingId(UUID value) {
        return new HearingId(value);
    }

    default UUID uuid(DraftDecisionId id) {
        return id.value();
    }

    default DraftDecisionId draftId(UUID value) {
        return new DraftDecisionId(value);
    }

    default String text(DepartmentCode department) {
        return department.value();
    }

    default DepartmentCode departmentCode(String value) {
        return new DepartmentCode(value);
    }
}
