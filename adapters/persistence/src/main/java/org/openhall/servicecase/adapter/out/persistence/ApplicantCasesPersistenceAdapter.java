package org.openhall.servicecase.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.servicecase.application.port.out.ApplicantCasesPort;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds an applicant's cases by phone through the keyed blind index of the sealed applicant phone
 * ({@code service_case.applicant_phone_index}): one query, no case rebuilt, no phone decrypted.
 */
@Component
@SecondaryAdapter
public class ApplicantCasesPersistenceAdapter implements ApplicantCasesPort {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ApplicantCasesPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseOfApplicant> casesOf(PhoneNumber phone, Set<CaseStatus> statuses, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, number, item_name, department, status, applicant_name, received_on, promised_due_on
                  FROM service_case
                 WHERE applicant_phone_index IN (:phoneIndexes) AND status IN (:statuses)
                 ORDER BY received_at DESC, number DESC
                 LIMIT :limit""")
                .param("phoneIndexes", cipher.blindIndexes(PersonalDataKind.PHONE, phone.value()))
                .param("statuses", statuses.stream().map(CaseStatus::name).toList())
                .param("limit", limit)
                .query((rs, n) -> new CaseOfApplicant(rs.getString("id"), rs.getString("number"),
                        rs.getString("item_name"), rs.getString("department"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getString("applicant_name"),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getObject("promised_due_on", LocalDate.class)))
                .list();
    }
}
