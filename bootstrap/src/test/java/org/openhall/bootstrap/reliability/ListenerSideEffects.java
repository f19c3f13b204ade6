package org.openhall.bootstrap.reliability;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the event listeners and the feed's relay left in the database for one case (监听副作用): the
 * supervision projection (kept in the change's transaction), the acceptance SMS notice and its daily
 * slot, the feed's outbox entries and how many of them were delivered. The crash tests compare it before
 * a crash, after the restart and after a second delivery.
 */
record ListenerSideEffects(int supervisedCases, int acceptanceNotices, int dailySlotsUsed, int feedEntries,
        int feedDeliveries) {

    static ListenerSideEffects of(JdbcTemplate jdbc, String caseId) {
        return new ListenerSideEffects(
                count(jdbc, "SELECT count(*) FROM supervision_case WHERE case_id = ?", caseId),
                count(jdbc, "SELECT count(*) FROM sms_notice WHERE case_id = ? AND template_key = 'case-accepted'", caseId),
                jdbc.queryForObject("SELECT coalesce(sum(used), 0) FROM sms_daily_count WHERE template_key = 'case-accepted'",
                        Integer.class),
                count(jdbc, "SELECT count(*) FROM supervision_feed_log WHERE case_id = ?", caseId),
                count(jdbc, """
                        SELECT count(*) FROM supervision_feed_log l WHERE case_id = ?
                           AND NOT EXISTS (SELECT 1 FROM supervision_feed_pending p WHERE p.id = l.id)""", caseId));
    }

    /** One count about a case, for the tests' own questions too. */
    static int count(JdbcTemplate jdbc, String sql, String caseId) {
        return jdbc.queryForObject(sql, Integer.class, caseId);
    }

    /** The events the feed still owes, of every case. */
    static int undelivered(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM supervision_feed_pending", Integer.class);
    }
}
