package org.openhall.complaint.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Follow-up events stored before the event lost its phone field are cleaned by migration V9_82: the
 * phone is gone, the rest of the text is exactly what the event serialises to now, and other
 * events are left alone. The migration ran on an empty table; its statement is run again here on
 * rows as an older version stored them.
 */
@PersistenceAdapterTest
class TicketEventsWithoutCallerPhoneIT {

    private static final String FOLLOWED_UP = "org.openhall.complaint.domain.event.TicketFollowedUp";

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePhoneLeavesTheStoredFollowUpsAndNothingElseChanges() throws IOException {
        UUID withPhone = store(FOLLOWED_UP, """
                {"ticketId":"t-1","realName":true,"callerPhone":"13977119999","relatedCaseId":null,"actor":"op"}""");
        UUID withoutPhone = store(FOLLOWED_UP, """
                {"ticketId":"t-2","realName":false,"callerPhone":null,"relatedCaseId":"c-2","actor":"op"}""");
        String otherText = "{\"caseId\":\"c-3\",\"callerPhone\":\"13977118888\",\"sequence\":1}";
        UUID other = store("org.openhall.servicecase.domain.event.CaseAccepted", otherText);

        jdbc.sql(new ClassPathResource("db/migration/complaint/V9_82__ticket_events_without_caller_phone.sql")
                .getContentAsString(StandardCharsets.UTF_8)).update();

        assertThat(textOf(withPhone))
                .isEqualTo("{\"ticketId\":\"t-1\",\"realName\":true,\"relatedCaseId\":null,\"actor\":\"op\"}");
        assertThat(textOf(withoutPhone))
                .isEqualTo("{\"ticketId\":\"t-2\",\"realName\":false,\"relatedCaseId\":\"c-2\",\"actor\":\"op\"}");
        assertThat(textOf(other)).as("another event type is not touched").isEqualTo(otherText);
    }

    private UUID store(String type, String json) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                VALUES (:id, 'listener', :type, :json, :at)""").param("id", id).param("type", type)
                .param("json", json).param("at", OffsetDateTime.parse("2026-09-29T10:00:00+08:00")).update();
        return id;
    }

    private String textOf(UUID id) {
        return jdbc.sql("SELECT serialized_event FROM event_publication WHERE id = :id").param("id", id)
                .query(String.class).single();
    }
}
