package org.openhall.participation.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table of the participation context between tests. */
final class ParticipationTables {

    private ParticipationTables() {
    }

    static void truncate(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE participation_draft, participation_comment, participation_hearing,
                    participation_hearing_representative, participation_hearing_material,
                    participation_hearing_registration, participation_contact_disclosure
                """).update();
    }
}
