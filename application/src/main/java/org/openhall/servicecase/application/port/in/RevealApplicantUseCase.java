package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.access.Actor;

/**
 * Reveals the full personal data of a case's applicant and agent (查看完整个人信息) to one staff member.
 * Everywhere else staff see them masked (张*, 110105********002X, 138****8000). The channel decides which
 * roles may ask and records every reveal; this use case keeps the department scope: a clerk or
 * approver only for their department's cases.
 */
@PrimaryPort
public interface RevealApplicantUseCase {

    RevealedApplicantView reveal(Actor actor, ServiceCaseId id);
}
