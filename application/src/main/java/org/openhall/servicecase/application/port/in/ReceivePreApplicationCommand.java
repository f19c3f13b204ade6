package org.openhall.servicecase.application.port.in;

import java.util.Set;

import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.shared.domain.access.Actor;

/**
 * 窗口收件: the invited applicant came; the clerk confirms which of the declared materials were
 * handed in and receives the case at {@code window} ({@code null}: the appointment's window).
 */
public record ReceivePreApplicationCommand(Actor actor, PreApplicationId preApplicationId,
        Set<String> confirmedMaterials, WindowCode window) {

    public ReceivePreApplicationCommand {
        confirmedMaterials = Set.copyOf(confirmedMaterials);
    }
}
