package org.openhall.servicecase.application.port.in;

import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 送达: the certificate was picked up (who collected it, identity checked, whether the applicant in person) or mailed (carrier, tracking number). */
public record DeliverCertificateCommand(Actor actor, ServiceCaseId caseId, DeliveryMethod method, String collectedBy, boolean idChecked, boolean byApplicant, String carrier, String trackingNumber) {
}
