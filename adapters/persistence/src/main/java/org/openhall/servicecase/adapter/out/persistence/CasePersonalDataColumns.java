package org.openhall.servicecase.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/** The sealed personal data of cases (办件), consultations (咨询) and pre-applications (预审), for key rotation. */
@Component
class CasePersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(
                SealedColumn.indexed("service_case", "applicant_id_number", "applicant_id_number_index",
                        PersonalDataKind.ID_NUMBER),
                SealedColumn.indexed("service_case", "applicant_phone", "applicant_phone_index", PersonalDataKind.PHONE),
                SealedColumn.of("service_case", "agent_id_number"),
                SealedColumn.of("service_case", "agent_phone"),
                SealedColumn.of("consultation", "enquirer_phone"),
                SealedColumn.of("pre_application", "applicant_id_number"),
                SealedColumn.of("pre_application", "applicant_phone"));
    }
}
