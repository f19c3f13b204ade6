package org.openhall.participation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.participation.domain.ParticipationFixtures.DRAFTER;
import static org.openhall.participation.domain.ParticipationFixtures.SUPERVISOR;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;

/** What every {@link ContactDisclosureLog} must do. A subclass hands in an empty log for each test. */
public abstract class ContactDisclosureLogContract {

    private ContactDisclosureLog log;

    /** An empty log; called before each test. */
    protected abstract ContactDisclosureLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    public void everyRevealIsKeptAndReadBackOldestFirstForItsHolderOnly() {
        String comment = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        ContactDisclosure first = ContactDisclosure.of(ContactHolder.COMMENTER, comment, DRAFTER,
                Instant.parse("2026-10-21T02:00:00.123456Z"));
        ContactDisclosure second = ContactDisclosure.of(ContactHolder.COMMENTER, comment, SUPERVISOR,
                Instant.parse("2026-10-22T03:30:00Z"));
        ContactDisclosure other = ContactDisclosure.of(ContactHolder.HEARING_REGISTRANT, registration, DRAFTER,
                Instant.parse("2026-10-21T01:00:00Z"));
        log.record(first);
        log.record(other);
        log.record(second);

        assertThat(log.of(ContactHolder.COMMENTER, comment)).containsExactly(first, second);
        assertThat(log.of(ContactHolder.HEARING_REGISTRANT, registration)).containsExactly(other);
        assertThat(log.of(ContactHolder.HEARING_REGISTRANT, comment)).isEmpty();
        assertThat(second.department()).as("a supervisor without a department").isNull();
    }
}
