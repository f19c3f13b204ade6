package org.openhall.servicecase.domain.consultation;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A hand-over of a consultation to the competent department (首问转办): from whom, to which
 * department, why, and — once the receiving department signed for it (签收) — by whom and when.
 *
 * @param acknowledgedBy {@code null} until acknowledged
 * @param acknowledgedAt {@code null} until acknowledged
 */
@ValueObject
public record Referral(DepartmentCode from, DepartmentCode to, String reason, String referredBy, Instant referredAt,
        String acknowledgedBy, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    Referral acknowledge(String clerk, Instant at) {
        return new Referral(from, to, reason, referredBy, referredAt, clerk, at);
    }
}
