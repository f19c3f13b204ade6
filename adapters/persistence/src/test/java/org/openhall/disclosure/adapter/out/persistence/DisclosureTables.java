package org.openhall.disclosure.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the disclosure tables between tests; the audit trail's trigger forbids DELETE, not TRUNCATE. */
final class DisclosureTables {

    private DisclosureTables() {
    }

    static void truncate(JdbcClient jdbc) {
        jdbc.sql("""
                TRUNCATE disclosure_request, disclosure_correction_point, disclosure_request_pause,
                    disclosure_consultation, disclosure_challenge, disclosure_entry, disclosure_entry_name,
                    disclosure_attachment, disclosure_public_text, disclosure_guide, disclosure_guide_category,
                    disclosure_sequence, disclosure_audit
                """).update();
    }
}
