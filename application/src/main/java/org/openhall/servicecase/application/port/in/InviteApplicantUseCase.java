package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Passes pre-review and gives the applicant an appointment at a window (预约到窗). */
@PrimaryPort
public interface InviteApplicantUseCase {

    PreApplicationView invite(InviteApplicantCommand command);
}
