package org.openhall.network.adapter.out.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.network.application.port.out.NetworkChange;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;

/** Maps a change-log line to its row and back. */
@Mapper(config = PersistenceMapperConfig.class)
interface NetworkChangeMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "at", expression = "java(change.at().toInstant())")
    @Mapping(target = "atOffsetSeconds", expression = "java(change.at().getOffset().getTotalSeconds())")
    NetworkChangeRow toRow(NetworkChange change);

    @Mapping(target = "at", expression = "java(row.at().atOffset(java.time.ZoneOffset.ofTotalSeconds(row.atOffsetSeconds())))")
    NetworkChange toDomain(NetworkChangeRow row);
}
