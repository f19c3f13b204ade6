package org.openhall.supervision.domain.problem;

import java.time.LocalDate;
import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** A supervisory order takes one reply (回告); a second one would overwrite the record. */
public final class OrderAlreadyReplied extends DomainProblem {

    public OrderAlreadyReplied(String orderId, LocalDate repliedOn) {
        super("supervision.order-already-replied", ProblemKind.CONFLICT,
                "Order " + orderId + " was already replied to on " + repliedOn, Map.of("repliedOn", repliedOn));
    }
}
