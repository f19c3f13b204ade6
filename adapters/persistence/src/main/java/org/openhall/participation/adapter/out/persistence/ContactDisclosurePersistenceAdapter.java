package org.openhall.participation.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.participation.application.port.out.ContactDisclosureLog;
import org.openhall.participation.domain.ContactDisclosure;
import org.openhall.participation.domain.ContactHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of contact reveals in table {@code participation_contact_disclosure}: rows are only
 * ever inserted (the table refuses updates and deletes) and read back in the order they were made.
 */
@Component
@SecondaryAdapter
public class ContactDisclosurePersistenceAdapter implements ContactDisclosureLog {

    private final JdbcClient jdbc;

    public ContactDisclosurePersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void record(ContactDisclosure d) {
        jdbc.sql("""
                INSERT INTO participation_contact_disclosure (holder, holder_id, disclosed_to, department, at)
                VALUES (:holder, :holderId, :disclosedTo, :department, :at)
                """)
                .param("holder", d.holder().name())
                .param("holderId", d.holderId())
                .param("disclosedTo", d.disclosedTo())
                .param("department", d.department())
                .param("at", d.at().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactDisclosure> of(ContactHolder holder, String holderId) {
        return jdbc.sql("""
                SELECT holder, holder_id, disclosed_to, department, at FROM participation_contact_disclosure
                WHERE holder = :holder AND holder_id = :holderId ORDER BY at, sequence
                """)
                .param("holder", holder.name())
                .param("holderId", holderId)
                .query(ContactDisclosurePersistenceAdapter::disclosure)
                .list();
    }

    private static ContactDisclosure disclosure(ResultSet rs, int rowNum) throws SQLException {
        return new ContactDisclosure(ContactHolder.valueOf(rs.getString("holder")), rs.getString("holder_id"),
                rs.getString("disclosed_to"), rs.getString("department"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
    }
}
