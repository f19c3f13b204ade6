package org.openhall.servicecase.application.port.in;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.domain.consultation.ConsultationChannel;
import org.openhall.servicecase.domain.consultation.Enquirer;
import org.openhall.shared.domain.access.Actor;

/**
 * 咨询登记: the clerk who took an enquiry records it and becomes responsible for it (首问负责).
 *
 * @param itemCode the item asked about, or {@code null}
 */
public record RecordConsultationCommand(Actor actor, ConsultationChannel channel, Enquirer enquirer, String question,
        ApprovalItemCode itemCode) {
}
