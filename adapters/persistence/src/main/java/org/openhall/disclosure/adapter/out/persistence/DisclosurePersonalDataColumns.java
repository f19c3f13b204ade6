package org.openhall.disclosure.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/**
 * The sealed personal data of information-disclosure requests (依申请公开), for key rotation. The
 * requester identifier that counts requests per requester (Art. 42 fees) is the blind index of the
 * ID number, filled in when a row from before sealing is sealed.
 */
@Component
class DisclosurePersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                // An organisation's identifier is the index of its credit code, which is not personal data.
                SealedColumn.indexed("disclosure_request", "requester_id_number", "requester_identifier",
                        PersonalDataKind.ID_NUMBER).orIndexedFromClear("requester_credit_code"),
                SealedColumn.of("disclosure_request", "requester_phone"));
    }
}
