package org.openhall.disclosure.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.disclosure.domain.DisclosureSamples.ZHANG_SAN;
import static org.openhall.disclosure.domain.DisclosureSamples.clockOn;
import static org.openhall.disclosure.domain.DisclosureSamples.registered;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.disclosure.domain.request.DisclosureRequest;
import org.openhall.disclosure.domain.request.IntakeChannel;

import org.openhall.disclosure.application.port.out.DisclosureRequestRepository;
import org.openhall.disclosure.application.port.out.DisclosureRequestRepositoryContract;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class DisclosureRequestPersistenceAdapterIT extends DisclosureRequestRepositoryContract {

    @Autowired
    DisclosureRequestRepository adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected DisclosureRequestRepository emptyRepository() {
        DisclosureTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void theRequestersIdAndPhoneAreStoredSealedAndTheIdentifierOnlyAsItsBlindIndex() {
        DisclosureTables.truncate(jdbc);
        DisclosureRequest stored = adapter.save(registered(ZHANG_SAN, IntakeChannel.ONLINE, "2026-09-18",
                clockOn("2026-09-18")));

        Map<String, Object> raw = jdbc.sql("""
                SELECT requester_id_number, requester_phone, requester_identifier FROM disclosure_request
                """).query().singleRow();
        assertThat((String) raw.get("requester_id_number")).startsWith("pd1:")
                .doesNotContain(ZHANG_SAN.idNumber().value());
        assertThat((String) raw.get("requester_phone")).startsWith("pd1:").doesNotContain(ZHANG_SAN.phone().value());
        assertThat((String) raw.get("requester_identifier")).matches("[0-9a-f]{64}");
        assertThat(adapter.findById(stored.getId()).orElseThrow().snapshot().requester()).isEqualTo(ZHANG_SAN);
    }
}
