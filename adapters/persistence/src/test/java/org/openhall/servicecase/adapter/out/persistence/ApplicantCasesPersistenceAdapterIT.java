package org.openhall.servicecase.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ID_CARD;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.LI_SI;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.ZHANG_SAN;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.at;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.clerkOf;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.out.ApplicantCasesPort;
import org.openhall.servicecase.application.port.out.ApplicantCasesPort.CaseOfApplicant;
import org.openhall.servicecase.application.port.out.ServiceCaseFixtures;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ApplicantCasesPersistenceAdapterIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicantCasesPort applicantCases;

    @Autowired
    ServiceCaseRepository cases;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        ServiceCaseTables.truncate(jdbc);
    }

    @Test
    void findsTheOpenCasesOfOnePhoneNewestFirstWithTheirPromisedDueDate() {
        ServiceCase older = received(ID_CARD, number(MONDAY, 1), MONDAY.atTime(9, 0), Set.of("form", "photo"));
        ServiceCaseFixtures.accept(older, ID_CARD, MONDAY.atTime(9, 30));
        cases.save(older);
        ServiceCase newer = cases.save(received(ID_CARD, number(MONDAY, 2), MONDAY.atTime(10, 0)));
        ServiceCase done = received(ID_CARD, number(MONDAY, 3), MONDAY.atTime(8, 0), Set.of("form", "photo"));
        ServiceCaseFixtures.accept(done, ID_CARD, MONDAY.atTime(8, 10));
        ServiceCaseFixtures.complete(done, ID_CARD, MONDAY.atTime(8, 20));
        cases.save(done);
        cases.save(ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number(MONDAY, 4), ID_CARD, LI_SI,
                Set.of("form"), clerkOf(ID_CARD.department()), at(MONDAY.atTime(11, 0))));

        List<CaseOfApplicant> found = applicantCases.casesOf(ZHANG_SAN.phone(), CaseStatus.OPEN, 20);

        assertThat(found).extracting(CaseOfApplicant::number)
                .containsExactly(number(MONDAY, 2).value(), number(MONDAY, 1).value());
        assertThat(found.get(0).id()).isEqualTo(newer.getId().value().toString());
        assertThat(found.get(0).status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(found.get(0).promisedDueOn()).isNull();
        assertThat(found.get(1).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(found.get(1).promisedDueOn()).isNotNull().isEqualTo(older.snapshot().promisedDueOn());
        assertThat(found.get(1).itemName()).isEqualTo(ID_CARD.name());
    }

    @Test
    void aLandlineIsFoundInItsStoredFormAndTheLimitHolds() {
        for (int i = 1; i <= 3; i++) {
            cases.save(ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()), number(MONDAY, i), ID_CARD, LI_SI,
                    Set.of("form"), clerkOf(ID_CARD.department()), at(MONDAY.atTime(9, i))));
        }

        assertThat(applicantCases.casesOf(new PhoneNumber("07725512345"), CaseStatus.OPEN, 2)).hasSize(2);
        assertThat(applicantCases.casesOf(new PhoneNumber("13800000000"), CaseStatus.OPEN, 20)).isEmpty();
        assertThat(applicantCases.casesOf(LI_SI.phone(), Set.of(), 20)).isEmpty();
    }
}
