package org.openhall.complaint.adapter.out.persistence.hotline;

import org.mapstruct.Mapper;
import org.openhall.complaint.domain.hotline.CallId;
import org.openhall.complaint.domain.hotline.HotlineCallSnapshot;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;

/** Maps a hotline call's snapshot to its row and back. */
@Mapper(config = PersistenceMapperConfig.class)
interface HotlineCallMapper {

    HotlineCallRow toRow(HotlineCallSnapshot snapshot);

    HotlineCallSnapshot toSnapshot(HotlineCallRow row);

    default String callId(CallId id) {
        return id.value();
    }

    default CallId callId(String id) {
        return new CallId(id);
    }
}
