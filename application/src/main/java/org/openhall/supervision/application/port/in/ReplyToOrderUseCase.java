package org.openhall.supervision.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.domain.access.Actor;

/** 回告: an approver of the ordered department replies, once. */
@PrimaryPort
public interface ReplyToOrderUseCase {

    OrderView reply(Actor approver, ReplyToOrderCommand command);
}
