package org.openhall.servicecase.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.BUSINESS_LICENCE;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.LI_SI;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.at;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.clerkOf;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.number;
import static org.openhall.servicecase.application.port.out.ServiceCaseFixtures.received;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.servicecase.application.port.in.ApplicantContactView;
import org.openhall.servicecase.application.port.out.InMemoryServiceCaseRepository;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;

class ApplicantContactServiceTest {

    private final InMemoryServiceCaseRepository cases = new InMemoryServiceCaseRepository();
    private final ApplicantContactService contacts = new ApplicantContactService(cases);

    @Test
    void handsOutThePhoneAndTheItemWithTheNameMaskedAndNoIdNumber() {
        ServiceCase c = cases.save(received(BUSINESS_LICENCE, number(LocalDate.parse("2026-03-02"), 1),
                LocalDateTime.parse("2026-03-02T10:00:00")));

        ApplicantContactView view = contacts.contactOf(c.getId().toString()).orElseThrow();

        assertThat(view.phone()).isEqualTo("13907720001");
        assertThat(view.mobile()).isTrue();
        assertThat(view.maskedName()).isEqualTo("张*");
        assertThat(view.itemName()).isEqualTo("个体工商户设立登记");
        assertThat(view.caseNumber()).isEqualTo(c.number().value());
        assertThat(view.toString()).doesNotContain("13907720001");
    }

    @Test
    void aLandlineIsNotAMobile() {
        ServiceCase c = cases.save(ServiceCase.submit(new ServiceCaseId(UUID.randomUUID()),
                number(LocalDate.parse("2026-03-02"), 2), BUSINESS_LICENCE, LI_SI, Set.of("form"),
                clerkOf(BUSINESS_LICENCE.department()), at(LocalDateTime.parse("2026-03-02T10:00:00"))));

        assertThat(contacts.contactOf(c.getId().toString()).orElseThrow().mobile()).isFalse();
    }

    @Test
    void anUnknownOrMalformedCaseIdHasNoContact() {
        assertThat(contacts.contactOf("00000000-0000-0000-0000-000000000000")).isEmpty();
        assertThat(contacts.contactOf("not-an-id")).isEmpty();
    }
}
