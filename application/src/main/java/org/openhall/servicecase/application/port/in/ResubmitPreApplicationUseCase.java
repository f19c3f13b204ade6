package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Resubmits a pre-application after corrections; it goes back to pre-review. */
@PrimaryPort
public interface ResubmitPreApplicationUseCase {

    PreApplicationStatusView resubmit(ResubmitPreApplicationCommand command);
}
