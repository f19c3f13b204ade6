package org.openhall.participation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openhall.participation.application.port.out.ContactDisclosureLog;
import org.openhall.participation.application.port.out.ContactDisclosureLogContract;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceAdapterTest
class ContactDisclosurePersistenceAdapterIT extends ContactDisclosureLogContract {

    @Autowired
    ContactDisclosureLog adapter;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected ContactDisclosureLog emptyLog() {
        ParticipationTables.truncate(jdbc);
        return adapter;
    }

    @Test
    void theRecordOfRevealsCannotBeRewrittenOrErased() {
        ParticipationTables.truncate(jdbc);
        adapter.record(ContactDisclosure.of(ContactHolder.COMMENTER, "c-1", DRAFTER, Instant.parse("2026-10-21T02:00:00Z")));

        assertThatThrownBy(() -> jdbc.sql("UPDATE participation_contact_disclosure SET disclosed_to = 'nobody'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM participation_contact_disclosure").update())
                .hasMessageContaining("append-only");
        assertThat(adapter.of(ContactHolder.COMMENTER, "c-1")).singleElement()
                .satisfies(d -> assertThat(d.disclosedTo()).isEqualTo("approver.zjj"));
    }
}
