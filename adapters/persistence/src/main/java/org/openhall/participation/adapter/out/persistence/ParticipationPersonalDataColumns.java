package org.openhall.participation.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/** The sealed phones of comments (公众意见) and hearing registrations (听证报名), for key rotation. */
@Component
class ParticipationPersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(SealedColumn.of("participation_comment", "commenter_phone"),
                SealedColumn.of("participation_hearing_registration", "registrant_phone"));
    }
}
