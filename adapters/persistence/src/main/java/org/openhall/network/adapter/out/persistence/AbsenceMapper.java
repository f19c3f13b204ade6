package org.openhall.network.adapter.out.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.network.domain.Absence;
import org.openhall.network.domain.AbsenceId;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;

/** Maps an absence to its row; the way back goes through the domain factory and its invariants. */
@Mapper(config = PersistenceMapperConfig.class)
interface AbsenceMapper {

    @Mapping(target = "id", expression = "java(absence.id().value())")
    @Mapping(target = "staff", expression = "java(absence.staff().value())")
    @Mapping(target = "fromDay", expression = "java(absence.from())")
    @Mapping(target = "toDay", expression = "java(absence.to())")
    @Mapping(target = "reason", expression = "java(absence.reason())")
    @Mapping(target = "recordedBy", expression = "java(absence.recordedBy())")
    @Mapping(target = "recordedAt", expression = "java(absence.recordedAt())")
    AbsenceRow toRow(Absence absence);

    default Absence toDomain(AbsenceRow row) {
        return Absence.of(new AbsenceId(row.id()), new StaffUsername(row.staff()), row.fromDay(), row.toDay(),
                row.reason(), row.recordedBy(), row.recordedAt());
    }
}
