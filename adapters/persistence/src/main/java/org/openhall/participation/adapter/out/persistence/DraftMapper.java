package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.participation.domain.CommentPeriod;
import org.openhall.participation.domain.DraftContent;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.participation.domain.DraftDecisionSnapshot;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * Maps a draft's snapshot to its row and back; a draft is only ever rebuilt from the snapshot this
 * produces, through {@code DraftDecision.restore}.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface DraftMapper {

    @Mapping(target = "title", source = "content.title")
    @Mapping(target = "summary", source = "content.summary")
    @Mapping(target = "fullText", source = "content.fullText")
    @Mapping(target = "explanation", source = "content.explanation")
    @Mapping(target = "opensOn", source = "period.opensOn")
    @Mapping(target = "periodDays", source = "period.days")
    @Mapping(target = "shorterPeriodReason", source = "period.shorterPeriodReason")
    @Mapping(target = "closesOn", source = "period.closesOn")
    DraftRow toRow(DraftDecisionSnapshot snapshot);

    @Mapping(target = "content", expression = "java(contentOf(row))")
    @Mapping(target = "period", expression = "java(periodOf(row))")
    DraftDecisionSnapshot toSnapshot(DraftRow row);

    default DraftContent contentOf(DraftRow row) {
        return new DraftContent(row.title(), row.summary(), row.fullText(), row.explanation());
    }

    default CommentPeriod periodOf(DraftRow row) {
        return new CommentPeriod(row.opensOn(), row.periodDays(), row.shorterPeriodReason(), row.closesOn());
    }

    /** PostgreSQL keeps microseconds: cutting them here makes what save returns equal what is read back. */
    default Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
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
