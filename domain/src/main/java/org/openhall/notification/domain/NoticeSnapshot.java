package org.openhall.notification.domain;

import java.time.Instant;
import java.util.Map;

import org.openhall.shared.domain.identity.PhoneNumber;

/** Everything a {@link Notice} holds, to store and restore it; {@code version} guards concurrent updates. */
public record NoticeSnapshot(NoticeId id, String caseId, String caseNumber, String department, String templateKey,
        String vendorCode, MessageKind kind, PhoneNumber phone, String text, Map<String, String> variables, int segments, Instant createdAt,
        long version, NoticeState state, Instant dueAt, int attempts, int reconciliations, String gatewayMessageId,
        String lastError, Instant sentAt, Instant reportedAt) {
}
