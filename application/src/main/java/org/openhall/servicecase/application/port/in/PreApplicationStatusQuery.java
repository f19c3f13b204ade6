package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;

/**
 * The citizen's status check: a reference with the wrong phone digits is answered exactly like an
 * unknown reference ({@code pre-application.not-found}), so that references cannot be probed.
 */
@PrimaryPort
public interface PreApplicationStatusQuery {

    PreApplicationStatusView status(PreApplicationReference reference, String phoneLastFour);
}
