package org.openhall.servicecase.application.port.in;


import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/** 制证: record the certificate issued for an approved case. */
public record IssueCertificateCommand(Actor actor, ServiceCaseId caseId, String certificateNumber) {
}
