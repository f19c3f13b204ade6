package org.openhall.notification.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/**
 * The suppression list (退订名单): a number that opted out gets no more non-service messages
 * (rating invitations, publicity); messages about its own case still go.
 */
@PrimaryPort
public interface ManageSuppressionUseCase {

    void suppress(Actor actor, String phone, String reason);

    void lift(Actor actor, String phone);
}
