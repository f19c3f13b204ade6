package org.openhall.bootstrap.reliability;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the event listeners left in the database for one case (监听副作用): the supervision
 * projection, its applied events, the acceptance SMS notice and its daily slot, the feed's log.
 * The crash tests compare it before a crash, after the restart and after a second delivery.
 */
record ListenerSideEffects(int supervisedCases, int appliedEvents, int acceptanceNotices, int dailySlotsUsed,
        int feedLogEntries) {

    static ListenerSideEffects of(JdbcTemplate jdbc, String caseId) {
        return new ListenerSideEffects(
                count(jdbc, "SELECT count(*) FROM supervision_case WHERE case_id = ?", caseId),
                count(jdbc, "SELECT count(*) FROM supervision_applied_event WHERE case_id = ?", caseId),
                count(jdbc, "SELECT count(*) FROM sms_notice WHERE case_id = ? AND template_key = 'case-accepted'", caseId),
                jdbc.queryForObject("SELECT coalesce(sum(used), 0) FROM sms_daily_count WHERE template_key = 'case-accepted'",
                        Integer.class),
                count(jdbc, "SELECT count(*) FROM supervision_feed_log WHERE case_id = ?", caseId));
    }

    /** One count about a case, for the tests' own questions too. */
    static int count(JdbcTemplate jdbc, String sql, String caseId) {
        return jdbc.queryForObject(sql, Integer.class, caseId);
    }
}
