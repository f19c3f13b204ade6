package org.openhall.supervision.application.port.out;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One event of the monitoring feed (监察数据), the transport-neutral content of a CloudEvents 1.0
 * event: the adapters add {@code specversion}, {@code source} and {@code datacontenttype}.
 *
 * @param id       stable for ever: {@code case:<caseId>:<sequence>} or {@code warning:<warningId>}; the
 *                 receiver de-duplicates on it
 * @param type     e.g. {@code cn.gov.openhall.case.accepted}
 * @param subject  the case number (办件编号)
 * @param time     when it happened, in the centre's offset (+08:00)
 * @param caseId   the case the event belongs to
 * @param sequence the case's audit-trail transition number, {@code null} for a warning
 * @param data     the supervision fields
 */
public record SupervisionFeedEvent(String id, String type, String subject, OffsetDateTime time, String caseId,
        Integer sequence, SupervisionFeedData data) {

    public SupervisionFeedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
