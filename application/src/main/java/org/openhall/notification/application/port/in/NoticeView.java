package org.openhall.notification.application.port.in;

import java.time.Instant;

import org.openhall.notification.domain.MessageKind;
import org.openhall.notification.domain.NoticeState;

/** A notice as staff and supervisors see it: the number masked (138****1234). */
public record NoticeView(String id, String caseId, String caseNumber, String department, String template,
        MessageKind kind, String phone, String text, int segments, NoticeState state, int attempts,
        Instant createdAt, Instant dueAt, Instant sentAt, Instant reportedAt, String lastError) {
}
