package org.openhall.complaint.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/**
 * The sealed phones of the complaint context, for key rotation: a ticket's caller (工单来电人, found
 * again by its blind index for the hotline's screen-pop) and a hotline call's caller number.
 * Ratings keep no phone at all, only hashes keyed with their rating code.
 */
@Component
class ComplaintPersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(SealedColumn.indexed("ticket", "caller_phone", "caller_phone_index", PersonalDataKind.PHONE),
                SealedColumn.of("hotline_call", "caller_number"));
    }
}
