package org.openhall.notification.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Hands the notices that are due to the gateway (发送调度): sends pending and deferred ones, asks the
 * gateway about those whose answer was lost. Several dispatchers may run at once: each notice goes to
 * exactly one of them.
 */
@PrimaryPort
public interface DispatchNoticesUseCase {

    /** One round over at most {@code batchSize} due notices. */
    DispatchReport dispatchDue(int batchSize);
}
