package org.openhall.servicecase.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.servicecase.application.port.out.CaseNumberLookupPort;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a case's id by its number through the unique index on {@code service_case.number}. */
@Component
@SecondaryAdapter
public class CaseNumberLookupPersistenceAdapter implements CaseNumberLookupPort {

    private final JdbcClient jdbc;

    public CaseNumberLookupPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceCaseId> caseNumbered(CaseNumber number) {
        return jdbc.sql("SELECT id FROM service_case WHERE number = :number")
                .param("number", number.value())
                .query(UUID.class)
                .optional()
                .map(ServiceCaseId::new);
    }
}
