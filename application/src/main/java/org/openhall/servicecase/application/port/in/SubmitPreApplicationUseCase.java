package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Takes an online pre-application (网上预申请) and hands out its reference number. */
@PrimaryPort
public interface SubmitPreApplicationUseCase {

    PreApplicationStatusView submit(SubmitPreApplicationCommand command);
}
